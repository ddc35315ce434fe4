// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = A(x: int) | B
method M(d: D) {
  match d {
    case C(y) =>
    case B =>
  }
}

// CHECK-EXIT: 2
// CHECK: match_statement_unknown_constructor.dfy(6,9): Error: member C does not exist in type D
// CHECK: 1 resolution/type errors detected in match_statement_unknown_constructor.dfy
