// RUN: verify --show-snippets false
// In a for loop the invariant about the accumulator is not maintained.
method M(n: nat) returns (s: int) {
  s := 0;
  for i := 0 to n
    invariant s == i
  {
    s := s + 2;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_forloop.dfy(6,16): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
