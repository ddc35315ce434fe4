// RUN: verify --allow-warnings --show-snippets false
// Body-less loops: the loop frame (what the guard and invariants mention, and the heap if they
// read it) is havocked, the invariants and the negated guard assumed after. Diagnostics are
// Dafny 4.11's (line 45: j is in the first loop's frame, so the second loop starts anywhere).
method A(n: nat) returns (i: int)
  ensures i == n
{
  i := 0;
  while i < n
    invariant 0 <= i <= n
}

method B(n: nat) returns (i: int)
  ensures i == n + 1
{
  i := 0;
  while i < n
    invariant 0 <= i <= n
}

method C(a: array<int>)
  modifies a
  ensures forall k :: 0 <= k < a.Length ==> a[k] == 0
{
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant forall k :: 0 <= k < i ==> a[k] == 0
}

method D(a: array<int>, b: array<int>) returns (x: int)
  requires a != b && b.Length > 0
  modifies a
{
  var i := 0;
  x := b[0];
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant forall k :: 0 <= k < i ==> a[k] == 0
  assert x == b[0];
  var j := 0;
  while j < 5
    invariant j <= 5
  while j < 100 { j := j + 1; }
  assert j == 100;
}

method E() {
  var k := 0;
  var j := 7;
  while k < 10
    invariant k <= 10
  assert j == 7;
  assert k == 10;
}

// CHECK-EXIT: 4
// CHECK: bodyless_loops.dfy(9,2): Warning: this loop has no body (loop frame: i)
// CHECK: bodyless_loops.dfy(17,2): Warning: this loop has no body (loop frame: i)
// CHECK: bodyless_loops.dfy(26,2): Warning: this loop has no body (loop frame: i, $Heap)
// CHECK: bodyless_loops.dfy(37,2): Warning: this loop has no body (loop frame: i, $Heap)
// CHECK: bodyless_loops.dfy(42,2): Warning: this loop has no body (loop frame: j)
// CHECK: bodyless_loops.dfy(51,2): Warning: this loop has no body (loop frame: k)
// CHECK: bodyless_loops.dfy(15,0): Error: a postcondition could not be proved on this return path
// CHECK: bodyless_loops.dfy(14,12): Related location: this is the postcondition that could not be proved
// CHECK: bodyless_loops.dfy(45,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 2 errors
