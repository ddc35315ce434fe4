// RUN: resolve --show-snippets false --allow-warnings
// Expected output recorded from Dafny 4.11: a loop without a body is warned about with its
// loop frame: the loop index, the mutable variables its guard and specifications mention, and
// $Heap when they read the heap or the loop has a modifies clause.
class Cell { var v: int }
method M(n: int, d: int, c: Cell, a: array<int>) returns (q: int)
  requires d > 0
  modifies c
{
  var r := n;
  q := 0;
  while r >= d
    invariant r == n - q * d
  while true
  while q < 10 invariant c.v == 0
  while q < a.Length modifies c
  for i := 0 to n
    invariant 0 <= i <= r + 1
  for j := n downto q
}


// CHECK-EXIT: 0
// CHECK: loop_no_body_frame.dfy(12,2): Warning: this loop has no body (loop frame: r, q)
// CHECK: loop_no_body_frame.dfy(14,2): Warning: this loop has no body
// CHECK: loop_no_body_frame.dfy(15,2): Warning: this loop has no body (loop frame: q, $Heap)
// CHECK: loop_no_body_frame.dfy(16,2): Warning: this loop has no body (loop frame: q, $Heap)
// CHECK: loop_no_body_frame.dfy(17,2): Warning: this loop has no body (loop frame: i, r)
// CHECK: loop_no_body_frame.dfy(19,2): Warning: this loop has no body (loop frame: j, q)
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
