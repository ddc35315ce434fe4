// RUN: verify --show-snippets false --allow-warnings
class C {
  var x: int
  var y: int
  method SetX(v: int)
    modifies this
    ensures x == v
    ensures unchanged(this`y)
  {
    x := v;
  }
  method Bad(v: int)
    modifies this
    ensures unchanged(this)
  {
    x := v;
  }
}
method M(a: array<int>, b: array<int>, s: set<C>)
  requires a != b && a.Length > 0
  modifies a
  ensures unchanged(b)
  ensures unchanged(s)
{
  a[0] := 1;
  label L:
  a[0] := 2;
  assert unchanged@L(b);
  assert unchanged@L(a);
}

// CHECK-EXIT: 4
// CHECK: unchanged_frames.dfy(15,2): Error: a postcondition could not be proved on this return path
// CHECK: unchanged_frames.dfy(14,12): Related location: this is the postcondition that could not be proved
// CHECK: unchanged_frames.dfy(29,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 2 errors
