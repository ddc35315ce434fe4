// RUN: verify --show-snippets false
// A method's postcondition is too weak to establish the loop invariant on entry.
method Start() returns (x: int)
  ensures x >= 0
{
  x := 1;
}
method M() {
  var x := Start();
  while x < 10
    invariant 1 <= x <= 10
  {
    x := x + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_entry_after_call.dfy(11,16): Error: this loop invariant could not be proved on entry
// CHECK:  Related message: loop invariant violation
// CHECK: neg_invariant_entry_after_call.dfy(11,21): Error: this loop invariant could not be proved on entry
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
