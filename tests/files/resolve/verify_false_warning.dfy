// RUN: resolve --show-snippets false --allow-warnings
// Expected output recorded from Dafny 4.11: {:verify false} on a method, lemma, function or
// predicate draws a warning at its name (and replaces the bodyless-ensures warning);
// {:verify true} and a {:verify false} on a bodyless declaration's clauses do not.
method {:verify false} M(x: int) returns (y: int) ensures y == x { y := x; }
lemma {:verify false} L(x: int) ensures x == x
function {:verify false} F(x: int): int { x }
predicate {:verify false} P(x: int) { x > 0 }
ghost function {:verify false} G(x: int): int { x }
twostate lemma {:verify false} T() { }
least predicate {:verify false} Q(x: int) { x > 0 || Q(x - 1) }
method {:verify true} N() { }
method {:verify false} {:axiom} A() ensures false
class C {
  constructor {:verify false} () { }
}

// CHECK-EXIT: 0
// CHECK: verify_false_warning.dfy(5,23): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless method together with the {:axiom} attribute instead
// CHECK: verify_false_warning.dfy(6,22): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless lemma together with the {:axiom} attribute instead
// CHECK: verify_false_warning.dfy(7,25): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless function together with the {:axiom} attribute instead
// CHECK: verify_false_warning.dfy(8,26): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless predicate together with the {:axiom} attribute instead
// CHECK: verify_false_warning.dfy(9,31): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless function together with the {:axiom} attribute instead
// CHECK: verify_false_warning.dfy(10,31): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless twostate lemma together with the {:axiom} attribute instead
// CHECK: verify_false_warning.dfy(11,32): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless least predicate together with the {:axiom} attribute instead
// CHECK: verify_false_warning.dfy(13,32): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless method together with the {:axiom} attribute instead
// CHECK: verify_false_warning.dfy(15,2): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless constructor together with the {:axiom} attribute instead
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
