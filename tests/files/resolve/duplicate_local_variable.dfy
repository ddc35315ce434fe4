// RUN: resolve --show-snippets false
method M() returns (r: int)
{
  var x := 1;
  var x := 2;
  r := x;
}

// CHECK-EXIT: 2
// CHECK: duplicate_local_variable.dfy(5,6): Error: Duplicate local-variable name: x
// CHECK: 1 resolution/type errors detected in duplicate_local_variable.dfy
