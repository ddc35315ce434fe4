// RUN: resolve --show-snippets false --function-syntax 3
// DAFNY-ARGS: --function-syntax:3
// Expected output recorded from Dafny 4.11 (dafny resolve --function-syntax:3).
// Under Dafny 3's syntax a plain function is ghost; the hint names 'function method'.
function Double(n: int): int { 2 * n }
function method Triple(n: int): int { 3 * n }
method M() {
  print Triple(1), "\n";
  print Double(3), "\n";
}

// CHECK-EXIT: 2
// CHECK: ghost_function_syntax3.dfy(9,14): Error: a call to a ghost function is allowed only in specification contexts (consider declaring the function with 'function method')
// CHECK: 1 resolution/type errors detected in ghost_function_syntax3.dfy
