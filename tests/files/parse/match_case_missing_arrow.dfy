// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = A | B
function F(d: D): int {
  match d
  case A 0
  case B => 1
}

// CHECK-EXIT: 2
// CHECK: match_case_missing_arrow.dfy(6,9): Error: darrow expected
// CHECK: 1 parse errors detected in match_case_missing_arrow.dfy
