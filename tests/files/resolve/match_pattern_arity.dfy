// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype P = P(x: int, y: int)
function F(p: P): int {
  match p
  case P(a) => a
}

// CHECK-EXIT: 2
// CHECK: match_pattern_arity.dfy(6,7): Error: constructor P of arity 2 is applied to 1 argument(s)
// CHECK: 1 resolution/type errors detected in match_pattern_arity.dfy
