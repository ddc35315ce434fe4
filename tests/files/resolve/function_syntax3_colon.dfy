// RUN: resolve --show-snippets:false --allow-warnings:true --function-syntax:3
// DAFNY-ARGS: --show-snippets:false --allow-warnings:true --function-syntax:3
// Expected output recorded from Dafny 4.11, which also accepts System.CommandLine's
// `--option:value` form: 'function method' is compiled, a plain 'function' is ghost.
function method Triple(n: int): int { 3 * n }
predicate method Positive(n: int) { n > 0 }
function Double(n: int): int { 2 * n }
method M() {
  print Triple(1), Positive(2), "\n";
  print Double(3), "\n";
}

// CHECK-EXIT: 2
// CHECK: function_syntax3_colon.dfy(10,14): Error: a call to a ghost function is allowed only in specification contexts (consider declaring the function with 'function method')
// CHECK: 1 resolution/type errors detected in function_syntax3_colon.dfy
