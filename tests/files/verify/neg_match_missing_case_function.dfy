// RUN: verify --show-snippets false --allow-warnings
// A match expression without a case for one constructor.
datatype Shape = Circle(r: int) | Square(s: int) | Triangle(a: int, b: int, c: int)
function Area(sh: Shape): int
{
  match sh
  case Circle(r) => 3 * r * r
  case Square(s) => s * s
}

// CHECK-EXIT: 4
// CHECK: neg_match_missing_case_function.dfy(6,2): Error: missing case in match expression: Triangle(_, _, _)
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
