// RUN: verify --show-snippets false
// The invariant about the prefix fails at the start: i begins at 1.
method AllPos(s: seq<int>) returns (b: bool)
{
  var i := 1;
  b := true;
  while i < |s|
    invariant 0 <= i <= |s|
  {
    if s[i] <= 0 { b := false; }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_entry_seq.dfy(8,21): Error: this loop invariant could not be proved on entry
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
