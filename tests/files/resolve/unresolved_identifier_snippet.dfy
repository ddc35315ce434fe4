// RUN: resolve
method M(count: int) returns (r: int)
{
  r := cuont + 1;
}

// CHECK-EXIT: 2
// CHECK: unresolved_identifier_snippet.dfy(4,7): Error: unresolved identifier: cuont
// CHECK:   |
// CHECK: 4 |   r := cuont + 1;
// CHECK:   |        ^^^^^
// CHECK:
// CHECK: 1 resolution/type errors detected in unresolved_identifier_snippet.dfy
