// RUN: verify --show-snippets false
function F(x: int): int { x + 1 }
method B() {
  forall x | x > 0 ensures F(x) > 2 {
  }
}

// CHECK-EXIT: 4
// CHECK: forall_statement.dfy(4,32): Error: possible violation of postcondition of forall statement
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
