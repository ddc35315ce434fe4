// RUN: resolve
// A cycle among the default values of a datatype constructor's formals is Dafny's "default-value
// expressions for parameters contain a cycle: p -> q -> p", as for functions and methods
// (default_value_cycles.dfy). The expected errors are Dafny 4.11's (`dafny resolve`).
datatype D = D(p: int := q, q: int := p) | E(n: int, m: int := n)
method Main() {
  print E(1), "\n";
}

// CHECK-EXIT: 2
// CHECK: default_value_cycles_datatype.dfy(5,15): Error: default-value expressions for parameters contain a cycle: p -> q -> p
// CHECK:   |
// CHECK: 5 | datatype D = D(p: int := q, q: int := p) | E(n: int, m: int := n)
// CHECK:   |                ^
// CHECK:
// CHECK: 1 resolution/type errors detected in default_value_cycles_datatype.dfy
