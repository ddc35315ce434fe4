// RUN: verify --show-snippets false
// Every heap is good (Dafny's $IsGoodHeap): a field of an allocated object holds a value of its
// type. Quantified variables of non-null reference types are not null. Expected output
// recorded from Dafny 4.11.
class Node {
  var next: Node?
  var count: nat
  var data: array<int>
  constructor(d: array<int>) { next := null; count := 0; data := d; }
}

class Holder {
  var node: Node
  constructor(n: Node) { node := n; }
}

method ReadThrough(h: Holder) returns (c: int)
  ensures c >= 0
{
  var n := h.node;
  c := n.count + n.data.Length;
}

method NullableNeedsCheck(n: Node) returns (c: nat) {
  c := n.next.count;
}

lemma AllArrays()
  ensures forall a: array<int> :: a.Length >= 0 && a[..a.Length] == a[..]
{}

method AfterCall(h: Holder)
  modifies h.node
{
  Bump(h.node);
  assert h.node.count >= 0;
  var d := h.node.data;
  assert d.Length >= 0;
}

method Bump(n: Node)
  modifies n
{
  n.count := n.count + 1;
}

method CountMayBeAnything(h: Holder) {
  assert h.node.count > 0;
}

class Pair {
  var left: Node
  var right: Node?
  constructor Both(l: Node, r: Node) { left := l; right := r; }
  constructor Divided(b: bool, l: Node) {
    if b { left := l; }
    new;
    right := null;
  }
  constructor Forgets() { right := null; }
}

method ModifiesNeedsNonNull(p: Pair)
  modifies p.right.next
{
}

// CHECK-EXIT: 4
// CHECK: heap_field_types.dfy(25,14): Error: target object might be null
// CHECK: heap_field_types.dfy(48,2): Error: assertion might not hold
// CHECK: heap_field_types.dfy(57,4): Error: field 'left', which is subject to definite-assignment rules, might be uninitialized at this point in the constructor body
// CHECK: heap_field_types.dfy(60,41): Error: field 'left', which is subject to definite-assignment rules, might be uninitialized at this point in the constructor body
// CHECK: heap_field_types.dfy(64,19): Error: target object might be null
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 5 errors
