// RUN: resolve --show-snippets false
method M() returns (b: bool)
{
  var n: int := 3;
  b := n;
}

// CHECK-EXIT: 2
// CHECK: type_mismatch_assignment.dfy(5,4): Error: RHS (of type int) not assignable to LHS (of type bool)
// CHECK: 1 resolution/type errors detected in type_mismatch_assignment.dfy
