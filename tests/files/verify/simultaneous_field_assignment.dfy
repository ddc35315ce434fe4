// RUN: verify --show-snippets false
// Several fields assigned at once: values and targets from the state before, and Dafny's
// same-location check.
class Node {
  var val: int
  var next: Node?
  constructor () {}
}
method Swap(a: Node, b: Node)
  modifies a, b
  ensures a.val == old(b.val) && b.val == old(a.val)
{
  a.val, b.val := b.val, a.val;
}
method Chain(a: Node, b: Node)
  requires a.next == b
  modifies a, b
  ensures b.val == 7
{
  a.next, a.next.val := null, 7;
}
method Same(a: Node, b: Node)
  modifies a, b
{
  a.val, b.val := 1, 2;
}
method Mixed(a: Node, arr: array<int>)
  requires arr.Length > 0
  modifies a, arr
  ensures arr[0] == old(a.val) && a.val == 3
{
  a.val, arr[0] := 3, a.val;
}

// CHECK-EXIT: 4
// CHECK: simultaneous_field_assignment.dfy(25,11): Error: when left-hand sides b.val and a.val refer to the same location, they must be assigned the same value
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 1 error
