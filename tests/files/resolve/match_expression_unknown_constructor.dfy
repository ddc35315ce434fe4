// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = A(x: int) | B
function F(d: D): int {
  match d
  case C(y) => y
  case B => 0
}

// CHECK-EXIT: 2
// CHECK: match_expression_unknown_constructor.dfy(6,7): Error: member C does not exist in type D
// CHECK: 1 resolution/type errors detected in match_expression_unknown_constructor.dfy
