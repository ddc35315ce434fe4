// RUN: resolve --show-snippets false
// A datatype with a ghost constructor does not support equality in compiled code: not in a
// compiled set, nor `in` a compiled sequence. Dafny 4.11's output.
datatype D = A | ghost B
method M(d: D, s: set<D>) returns (b: bool) {
  b := d in s;
}
method N(d: D, s: seq<D>) returns (b: bool) {
  b := d in s;
}
method G(d: D, ghost s: set<D>) {
  ghost var b := d in s;
}

// CHECK-EXIT: 2
// CHECK: ghost_ctor_equality.dfy(5,15): Error: set argument type must support equality (got D)
// CHECK: ghost_ctor_equality.dfy(9,12): Error: in can only be applied to expressions of sequence types that support equality (got seq<D>)
// CHECK: 2 resolution/type errors detected in ghost_ctor_equality.dfy
