// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: an object a const field of an allocated object
// holds is allocated, so a call that modifies nothing keeps its fields.
class L {
  ghost var b: bool
  method {:axiom} Set() modifies this ensures b
}

class B {
  method {:axiom} Get()
}

class C {
  const l: L
  const x: B
  const maybe: L?
  var vl: L
  constructor {:axiom} ()
}

method ThroughConst(c: C)
  modifies c.l
{
  c.l.Set();
  c.x.Get();
  assert c.l.b;
}

method ThroughVar(c: C)
  modifies c.vl
{
  c.vl.Set();
  c.x.Get();
  assert c.vl.b;
}

method Nullable(c: C)
  requires c.maybe != null
  modifies c.maybe
{
  c.maybe.Set();
  c.x.Get();
  assert c.maybe.b;
}

method NotInFrame(c: C) {
  var l := c.l;
  l.Set();  // error: l is not in the modifies clause
  c.x.Get();
  assert l.b;
}

method Wrong(c: C)
  modifies c.l
{
  c.l.Set();
  c.x.Get();
  assert !c.l.b;  // error
}

// CHECK-EXIT: 4
// CHECK: const_field_allocated.dfy(48,7): Error: call might violate context's modifies clause
// CHECK: const_field_allocated.dfy(58,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 7 verified, 2 errors
