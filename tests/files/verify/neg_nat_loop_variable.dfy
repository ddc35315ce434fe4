// RUN: verify --show-snippets false
// A nat loop counter is decremented past zero.
method M(n: nat) {
  var i: nat := n;
  while i >= 0
    decreases i
  {
    if i == 0 { break; }
    i := i - 2;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_nat_loop_variable.dfy(9,11): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
