// RUN: verify --show-snippets false
// Compiled code cannot test, destruct, update or compare a value of a ghost constructor
// (Dafny's NotGhostVariant); ghost code can. Dafny 4.11's output.
datatype D = A(x: int) | B(x: int, y: int) | ghost G(x: int)
method Test(d: D) returns (r: bool) {
  r := d.A?;
}
method Destruct(d: D) returns (r: int) {
  r := d.x;
}
method Update(d: D) returns (e: D) {
  e := d.(x := 3);
}
method Compare(d: D, e: D) returns (r: bool) {
  r := d == e;
}
function F(d: D): int {
  if d.B? then d.y else 0
}
method Ok(d: D) returns (r: bool, i: int)
  requires !d.G?
{
  r := d.A?;
  i := d.x;
  ghost var g := d.G?;
  assert d == d;
}

// CHECK-EXIT: 4
// CHECK: ghost_variant_compiled.dfy(6,9): Error: in a compiled context, discriminator 'A?' cannot be applied to a datatype value of a ghost variant (ghost constructor 'G')
// CHECK: ghost_variant_compiled.dfy(9,9): Error: in a compiled context, destructor 'x' cannot be applied to a datatype value of a ghost variant (ghost constructor 'G')
// CHECK: ghost_variant_compiled.dfy(12,9): Error: in a compiled context, update of 'x' cannot be applied to a datatype value of a ghost variant (ghost constructor 'G')
// CHECK: ghost_variant_compiled.dfy(15,9): Error: in a compiled context, equality cannot be applied to a datatype value of a ghost variant (ghost constructor 'G')
// CHECK: ghost_variant_compiled.dfy(15,9): Error: in a compiled context, equality cannot be applied to a datatype value of a ghost variant (ghost constructor 'G')
// CHECK: ghost_variant_compiled.dfy(18,7): Error: in a compiled context, discriminator 'B?' cannot be applied to a datatype value of a ghost variant (ghost constructor 'G')
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 6 errors
