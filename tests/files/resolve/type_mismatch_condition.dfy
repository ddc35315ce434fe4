// RUN: resolve --show-snippets false
method M(n: int) returns (r: int)
{
  if n {
    r := 1;
  } else {
    r := 2;
  }
}

// CHECK-EXIT: 2
// CHECK: type_mismatch_condition.dfy(4,5): Error: condition is expected to be of type bool, but is int
// CHECK: 1 resolution/type errors detected in type_mismatch_condition.dfy
