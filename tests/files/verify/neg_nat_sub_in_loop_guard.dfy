// RUN: verify --show-snippets false
// A nat counter is decremented below zero when its start is zero.
method M(n: nat) {
  var i: nat := n;
  while i != 1
    decreases i
  {
    i := i - 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_nat_sub_in_loop_guard.dfy(8,11): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
