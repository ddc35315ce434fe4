// RUN: verify --allow-warnings --show-snippets false
// Forall statements that assign fields and array elements: each location some bound value
// names gets its value, the others keep theirs; two bound values naming one location must
// assign the same value. Diagnostics are Dafny 4.11's.
class Node {
  var val: int
  var next: Node?
}

method Fields(s: set<Node>, t: Node)
  requires t !in s
  modifies s
  ensures forall n :: n in s ==> n.val == old(n.val) + 1
{
  var v := t.val;
  forall n | n in s {
    n.val := n.val + 1;
  }
  assert t.val == v;
}

method Grid(a: array2<int>, j: int)
  requires 0 <= j < a.Length1
  modifies a
  ensures forall i :: 0 <= i < a.Length0 ==> a[i, j] == 7
{
  forall i | 0 <= i < a.Length0 {
    a[i, j] := 7;
  }
}

method Binding(a: array<int>)
  requires a.Length > 4
  modifies a
{
  forall k <- {1, 3} {
    a[k] := 0;
  }
  assert a[1] == 0 && a[3] == 0;
}

method Same(a: array<int>)
  requires a.Length > 0
  modifies a
{
  forall k <- {2, 5} {
    a[0] := 9;  // one location, one value
  }
  assert a[0] == 9;
}

method Conflict(a: array<int>)
  requires a.Length > 0
  modifies a
{
  forall k <- {2, 5} {
    a[0] := k;  // one location, two values
  }
}

method Halves(a: array<int>)
  requires a.Length > 10
  modifies a
{
  forall i | 0 <= i < 10 {
    a[i / 2] := i;  // a[0] from 0 and 1
  }
}

method Frame(s: set<Node>, t: Node)
  requires t in s
{
  forall n | n in s {
    n.val := 0;  // s is not in the frame
  }
}

// CHECK-EXIT: 4
// CHECK: forall_assign.dfy(46,2): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: forall_assign.dfy(56,2): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: forall_assign.dfy(49,2): Error: assertion might not hold
// CHECK: forall_assign.dfy(57,9): Error: left-hand sides for different forall-statement bound variables might refer to the same location (and right-hand sides might not be equivalent)
// CHECK: forall_assign.dfy(66,13): Error: left-hand sides for different forall-statement bound variables might refer to the same location (and right-hand sides might not be equivalent)
// CHECK: forall_assign.dfy(74,6): Error: assignment might update an object field not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 4 errors
