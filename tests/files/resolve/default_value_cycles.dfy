// RUN: resolve
// Default parameter values that depend on each other in a cycle are Dafny's "default-value
// expressions for parameters contain a cycle: x -> y -> x", at the cycle's first formal, for
// each of a maximal set of disjoint cycles (Dafny's graph search); dfyc reported "cannot
// compile these default parameter values yet" at a call. Acyclic chains are fine. The expected
// errors are Dafny 4.11's, word for word and at its positions (`dafny resolve`). A datatype's
// cycle is in default_value_cycles_datatype.dfy: Dafny reports it after those of functions and
// methods declared later, dfyc before them.
function F(x: int := y, y: int := x): int { x + y }
method M(a: int := b + c, b: int := c, c: int := a, d: int := d) { }
function G(x: int, y: int := x, z: int := y + x): int { x + y + z }
method Main() {
  print G(1), "\n";
}

// CHECK-EXIT: 2
// CHECK: default_value_cycles.dfy(9,11): Error: default-value expressions for parameters contain a cycle: x -> y -> x
// CHECK:   |
// CHECK: 9 | function F(x: int := y, y: int := x): int { x + y }
// CHECK:   |            ^
// CHECK:
// CHECK: default_value_cycles.dfy(10,9): Error: default-value expressions for parameters contain a cycle: a -> b -> c -> a
// CHECK:    |
// CHECK: 10 | method M(a: int := b + c, b: int := c, c: int := a, d: int := d) { }
// CHECK:    |          ^
// CHECK:
// CHECK: default_value_cycles.dfy(10,52): Error: default-value expressions for parameters contain a cycle: d -> d
// CHECK:    |
// CHECK: 10 | method M(a: int := b + c, b: int := c, c: int := a, d: int := d) { }
// CHECK:    |                                                     ^
// CHECK:
// CHECK: 3 resolution/type errors detected in default_value_cycles.dfy
