// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class Counter {
  var n: int
  twostate predicate Grew() reads this { old(n) <= n }
  method Step() modifies this {
    n := n + 1;
    print Grew(), "\n";
  }
}

// CHECK-EXIT: 2
// CHECK: twostate_predicate_in_compiled.dfy(8,14): Error: a call to a twostate predicate is allowed only in specification contexts
// CHECK: 1 resolution/type errors detected in twostate_predicate_in_compiled.dfy
