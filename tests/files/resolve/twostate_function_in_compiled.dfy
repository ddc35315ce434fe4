// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// A two-state function is ghost; Dafny names it by its kind, without the 'ghost' hint.
class Counter {
  var n: int
  twostate function Gain(): int reads this { n - old(n) }
  method Step() modifies this {
    n := n + 1;
    print Gain(), "\n";
  }
}

// CHECK-EXIT: 2
// CHECK: twostate_function_in_compiled.dfy(9,14): Error: a call to a twostate function is allowed only in specification contexts
// CHECK: 1 resolution/type errors detected in twostate_function_in_compiled.dfy
