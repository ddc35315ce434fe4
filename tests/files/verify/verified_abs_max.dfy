// RUN: verify --show-snippets false
method Abs(x: int) returns (r: int)
  ensures r >= 0 && (r == x || r == -x)
{
  if x < 0 { r := -x; } else { r := x; }
}
method Max(a: int, b: int) returns (m: int)
  ensures m >= a && m >= b
  ensures m == a || m == b
{
  m := if a >= b then a else b;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
