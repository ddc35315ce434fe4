// RUN: verify --show-snippets false
method Sum(a: array<int>) returns (s: int)
{
  s := 0;
  for i := 0 to a.Length
    invariant 0 <= i <= a.Length
  {
    s := s + a[i];
  }
}
method Count(n: nat) returns (c: nat)
  ensures c == n
{
  c := 0;
  for i := 0 to n
    invariant c == i
  {
    c := c + 1;
  }
}
method Down(n: nat) returns (c: int)
  ensures c == n
{
  c := 0;
  for i := n downto 0
    invariant c == n - i
  {
    c := c + 1;
  }
}
method FindFirst(a: array<int>, k: int) returns (r: int)
  ensures r == -1 || (0 <= r < a.Length && a[r] == k)
{
  r := -1;
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
  {
    if a[i] == k { r := i; break; }
    i := i + 1;
  }
}
method Skip(n: nat) returns (c: nat)
  ensures c <= n
{
  c := 0;
  var i := 0;
  while i < n
    invariant 0 <= i <= n && c <= i
  {
    i := i + 1;
    if i % 2 == 0 { continue; }
    c := c + 1;
  }
}
method BadFor(n: nat) returns (c: int)
  ensures c == n + 1
{
  c := 0;
  for i := 0 to n
    invariant c == i
  {
    c := c + 1;
  }
}
method BadBreak(n: nat) returns (c: nat)
  ensures c == n
{
  c := 0;
  while c < n
    invariant c <= n
  {
    if c == 3 { break; }
    c := c + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: for_break_continue.dfy(58,0): Error: a postcondition could not be proved on this return path
// CHECK: for_break_continue.dfy(57,12): Related location: this is the postcondition that could not be proved
// CHECK: for_break_continue.dfy(68,0): Error: a postcondition could not be proved on this return path
// CHECK: for_break_continue.dfy(67,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 2 errors
