// RUN: verify --show-snippets false
// A compiled forall assignment's right side and range, and the default values of compiled
// formals, are compiled: a let-such-that there must have a unique value. Dafny 4.11's output.
method M(a: array<int>)
  modifies a
{
  forall i | 0 <= i < a.Length {
    a[i] := var x :| x in {1, 2}; x;
  }
}

method R(a: array<int>)
  modifies a
{
  forall i | 0 <= i < a.Length && (var y :| y in {i, i + 1}; y) > 0 {
    a[i] := 0;
  }
}

class C {
  ghost var g: int
}

method GhostField(cs: set<C>)
  modifies cs
{
  forall c | c in cs {
    c.g := var x :| x in {1, 2}; x;
  }
}

method D(x: int := var y :| y in {1, 2}; y) { }

function F(x: int := var y :| y in {1, 2}; y): int { x }

datatype Dt = Dt(x: int := var y :| y in {1, 2}; y)

method GhostFormal(ghost x: int := var y :| y in {1, 2}; y) { }

ghost function GhostF(x: int := var y :| y in {1, 2}; y): int { x }

// CHECK-EXIT: 4
// CHECK: compiled_forall_defaults.dfy(8,12): Error: to be compilable, the value of a let-such-that expression must be uniquely determined
// CHECK: compiled_forall_defaults.dfy(15,35): Error: to be compilable, the value of a let-such-that expression must be uniquely determined
// CHECK: compiled_forall_defaults.dfy(32,19): Error: to be compilable, the value of a let-such-that expression must be uniquely determined
// CHECK: compiled_forall_defaults.dfy(34,21): Error: to be compilable, the value of a let-such-that expression must be uniquely determined
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 4 errors
