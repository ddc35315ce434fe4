// RUN: verify --show-snippets false
// The guards of an if-case statement do not cover every value.
method Sign(x: int) returns (s: int)
{
  if
  case x > 0 => s := 1;
  case x < 0 => s := -1;
}

// CHECK-EXIT: 4
// CHECK: neg_alternative_if_not_covering.dfy(5,2): Error: alternative cases may not cover all possibilities
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
