// RUN: verify --allow-warnings --show-snippets false
// modify E { S } (deprecated): S may write only what E allows, and E must be within the
// enclosing frame. Diagnostics are Dafny 4.11's (c and d may be the same object: line 12).
class C { var data: int }
method M(c: C, d: C)
  modifies c, d
{
  var x := d.data;
  modify c {
    c.data := c.data + 1;
  }
  assert d.data == x;
  modify c {
    d.data := 5;  // not in the modify frame
  }
}
method N(c: C, d: C)
  modifies c
{
  modify c, d {  // d not in N's frame
    c.data := 1;
  }
}

// CHECK-EXIT: 4
// CHECK: modify_with_body.dfy(9,11): Warning: the modify statement with a block statement is deprecated
// CHECK: modify_with_body.dfy(13,11): Warning: the modify statement with a block statement is deprecated
// CHECK: modify_with_body.dfy(20,14): Warning: the modify statement with a block statement is deprecated
// CHECK: modify_with_body.dfy(12,2): Error: assertion might not hold
// CHECK: modify_with_body.dfy(14,6): Error: assignment might update an object not in the enclosing context's modifies clause
// CHECK: modify_with_body.dfy(20,2): Error: modify statement might violate context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 3 errors
