// RUN: verify --show-snippets false --allow-warnings
// modify e: the heap changes within e only, and e must be within the modifies clause.
class C { var x: int var y: int }
method M(c: C, d: C)
  requires c != d
  modifies c
{
  c.x := 1;
  d.y := 2;
  var dy := d.y;
  modify c;
  assert d.y == dy;
  assert c.x == 1;
}
method N(c: C, d: C) modifies c {
  modify d;
}

// CHECK-EXIT: 4
// CHECK: modify_statement.dfy(9,4): Error: assignment might update an object not in the enclosing context's modifies clause
// CHECK: modify_statement.dfy(16,2): Error: modify statement might violate context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
