// RUN: resolve --show-snippets false
// The field Repr that {:autocontracts} adds is a ghost set of objects: compiled code cannot
// read it.
class {:autocontracts} C {
  var n: int
  ghost predicate Valid() { n >= 0 }
  constructor () { n := 0; }
  method Size() returns (s: int) {
    s := |Repr|;
  }
}

// CHECK-EXIT: 2
// CHECK: autocontracts_repr_ghost.dfy(9,10): Error: a ghost field is allowed only in specification contexts
// CHECK: 1 resolution/type errors detected in autocontracts_repr_ghost.dfy
