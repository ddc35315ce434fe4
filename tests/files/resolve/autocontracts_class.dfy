// RUN: resolve --dump-types
// {:autocontracts} adds the field Repr, Valid()'s frame and body, the contracts of the members
// (requires Valid(), modifies Repr, ensures Valid() && fresh(Repr - old(Repr))) and the updates
// of Repr for the array field; the members below use what it adds.
class {:autocontracts} Counter {
  var a: array<int>
  var n: nat
  ghost predicate Valid() { n <= a.Length }
  constructor ()
    ensures n == 0
  {
    a := new int[10];
    n := 0;
  }
  function Count(): nat { n }
  method Inc()
    requires n < a.Length
    ensures n == old(n) + 1
  {
    n := n + 1;
  }
  method Get() returns (r: nat)
    ensures r == n
  {
    r := n;
  }
}
method Main() {
  var c := new Counter();
  assert c.Repr == c.Repr;
  c.Inc();
  var x := c.Get();
}

// CHECK-EXIT: 0
// CHECK: autocontracts_class.dfy(8,18): expr This `Valid`: Counter
// CHECK: autocontracts_class.dfy(8,18): expr Name `Valid`: set<object>
// CHECK: autocontracts_class.dfy(8,18): expr Name `Valid`: set<object>
// CHECK: autocontracts_class.dfy(8,18): expr This `Valid`: Counter
// CHECK: autocontracts_class.dfy(8,18): expr Binary `Valid`: bool
// CHECK: autocontracts_class.dfy(8,18): expr Name `Valid`: () ~> bool
// CHECK: autocontracts_class.dfy(8,18): expr Call `Valid`: bool
// CHECK: autocontracts_class.dfy(8,18): expr Binary `Valid`: bool
// CHECK: autocontracts_class.dfy(8,18): expr Name `Valid`: set<object>
// CHECK: autocontracts_class.dfy(8,18): expr NullLiteral `Valid`: object?
// CHECK: autocontracts_class.dfy(8,18): expr Binary `Valid`: bool
// CHECK: autocontracts_class.dfy(8,18): expr Name `Valid`: set<object>
// CHECK: autocontracts_class.dfy(8,18): expr This `Valid`: Counter
// CHECK: autocontracts_class.dfy(8,18): expr Binary `Valid`: bool
// CHECK: autocontracts_class.dfy(8,18): expr Binary `Valid`: bool
// CHECK: autocontracts_class.dfy(8,18): expr Name `Valid`: set<object>
// CHECK: autocontracts_class.dfy(8,18): expr Name `Valid`: array<int>
// CHECK: autocontracts_class.dfy(8,18): expr Binary `Valid`: bool
// CHECK: autocontracts_class.dfy(8,18): expr BoolLiteral `Valid`: bool
// CHECK: autocontracts_class.dfy(8,18): expr Binary `Valid`: bool
// CHECK: autocontracts_class.dfy(8,18): expr Binary `Valid`: bool
// CHECK: autocontracts_class.dfy(8,18): expr Binary `Valid`: bool
// CHECK: autocontracts_class.dfy(8,28): expr Binary `n <= a.Length`: bool
// CHECK: autocontracts_class.dfy(8,28): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(8,33): expr Select `a.Length`: int
// CHECK: autocontracts_class.dfy(8,33): expr Name `a`: array<int>
// CHECK: autocontracts_class.dfy(9,2): expr Name `constructor`: set<object>
// CHECK: autocontracts_class.dfy(9,2): expr Fresh `constructor`: bool
// CHECK: autocontracts_class.dfy(9,2): expr Name `constructor`: () ~> bool
// CHECK: autocontracts_class.dfy(9,2): expr Call `constructor`: bool
// CHECK: autocontracts_class.dfy(9,2): expr This `constructor`: Counter
// CHECK: autocontracts_class.dfy(9,2): expr SetDisplay `constructor`: set<object>
// CHECK: autocontracts_class.dfy(9,2): expr Name `constructor`: set<object>
// CHECK: autocontracts_class.dfy(9,2): expr Name `constructor`: array<int>
// CHECK: autocontracts_class.dfy(9,2): expr SetDisplay `constructor`: set<object>
// CHECK: autocontracts_class.dfy(9,2): expr Name `constructor`: set<object>
// CHECK: autocontracts_class.dfy(9,2): expr Binary `constructor`: set<object>
// CHECK: autocontracts_class.dfy(9,2): expr Name `constructor`: set<object>
// CHECK: autocontracts_class.dfy(9,2): expr Name `constructor`: array<int>
// CHECK: autocontracts_class.dfy(9,2): expr Binary `constructor`: bool
// CHECK: autocontracts_class.dfy(9,2): expr BoolLiteral `constructor`: bool
// CHECK: autocontracts_class.dfy(9,2): expr Name `constructor`: set<object>
// CHECK: autocontracts_class.dfy(9,2): expr Unary `constructor`: bool
// CHECK: autocontracts_class.dfy(9,2): expr Binary `constructor`: bool
// CHECK: autocontracts_class.dfy(10,12): expr Binary `n == 0`: bool
// CHECK: autocontracts_class.dfy(10,12): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(10,17): expr IntLiteral `0`: int
// CHECK: autocontracts_class.dfy(12,4): expr Name `a`: array<int>
// CHECK: autocontracts_class.dfy(12,9): expr New `new int[10]`: array<int>
// CHECK: autocontracts_class.dfy(12,17): expr IntLiteral `10`: int
// CHECK: autocontracts_class.dfy(13,4): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(13,9): expr IntLiteral `0`: int
// CHECK: autocontracts_class.dfy(15,11): expr Name `Count`: () ~> bool
// CHECK: autocontracts_class.dfy(15,11): expr Call `Count`: bool
// CHECK: autocontracts_class.dfy(15,11): expr Name `Count`: set<object>
// CHECK: autocontracts_class.dfy(15,26): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(16,9): expr Name `Inc`: () ~> bool
// CHECK: autocontracts_class.dfy(16,9): expr Call `Inc`: bool
// CHECK: autocontracts_class.dfy(16,9): expr Name `Inc`: set<object>
// CHECK: autocontracts_class.dfy(16,9): expr Name `Inc`: set<object>
// CHECK: autocontracts_class.dfy(16,9): expr Old `Inc`: set<object>
// CHECK: autocontracts_class.dfy(16,9): expr Name `Inc`: set<object>
// CHECK: autocontracts_class.dfy(16,9): expr Binary `Inc`: set<object>
// CHECK: autocontracts_class.dfy(16,9): expr Fresh `Inc`: bool
// CHECK: autocontracts_class.dfy(16,9): expr Name `Inc`: () ~> bool
// CHECK: autocontracts_class.dfy(16,9): expr Call `Inc`: bool
// CHECK: autocontracts_class.dfy(16,9): expr Name `Inc`: array<int>
// CHECK: autocontracts_class.dfy(16,9): expr SetDisplay `Inc`: set<object>
// CHECK: autocontracts_class.dfy(16,9): expr Name `Inc`: set<object>
// CHECK: autocontracts_class.dfy(16,9): expr Binary `Inc`: set<object>
// CHECK: autocontracts_class.dfy(16,9): expr Name `Inc`: set<object>
// CHECK: autocontracts_class.dfy(16,9): expr Name `Inc`: array<int>
// CHECK: autocontracts_class.dfy(16,9): expr Binary `Inc`: bool
// CHECK: autocontracts_class.dfy(16,9): expr BoolLiteral `Inc`: bool
// CHECK: autocontracts_class.dfy(16,9): expr Name `Inc`: set<object>
// CHECK: autocontracts_class.dfy(16,9): expr Unary `Inc`: bool
// CHECK: autocontracts_class.dfy(16,9): expr Binary `Inc`: bool
// CHECK: autocontracts_class.dfy(17,13): expr Binary `n < a.Length`: bool
// CHECK: autocontracts_class.dfy(17,13): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(17,17): expr Select `a.Length`: int
// CHECK: autocontracts_class.dfy(17,17): expr Name `a`: array<int>
// CHECK: autocontracts_class.dfy(18,12): expr Binary `n == old(n) + 1`: bool
// CHECK: autocontracts_class.dfy(18,12): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(18,17): expr Binary `old(n) + 1`: int
// CHECK: autocontracts_class.dfy(18,17): expr Old `old(n)`: nat
// CHECK: autocontracts_class.dfy(18,21): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(18,26): expr IntLiteral `1`: int
// CHECK: autocontracts_class.dfy(20,4): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(20,9): expr Binary `n + 1`: int
// CHECK: autocontracts_class.dfy(20,9): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(20,13): expr IntLiteral `1`: int
// CHECK: autocontracts_class.dfy(22,9): expr Name `Get`: () ~> bool
// CHECK: autocontracts_class.dfy(22,9): expr Call `Get`: bool
// CHECK: autocontracts_class.dfy(22,24): var out r: nat
// CHECK: autocontracts_class.dfy(23,12): expr Binary `r == n`: bool
// CHECK: autocontracts_class.dfy(23,12): expr Name `r`: nat
// CHECK: autocontracts_class.dfy(23,17): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(25,4): expr Name `r`: nat
// CHECK: autocontracts_class.dfy(25,9): expr Name `n`: nat
// CHECK: autocontracts_class.dfy(29,6): var local c: Counter
// CHECK: autocontracts_class.dfy(29,11): expr New `new Counter()`: Counter
// CHECK: autocontracts_class.dfy(30,9): expr Binary `c.Repr == c.Repr`: bool
// CHECK: autocontracts_class.dfy(30,9): expr Select `c.Repr`: set<object>
// CHECK: autocontracts_class.dfy(30,9): expr Name `c`: Counter
// CHECK: autocontracts_class.dfy(30,19): expr Select `c.Repr`: set<object>
// CHECK: autocontracts_class.dfy(30,19): expr Name `c`: Counter
// CHECK: autocontracts_class.dfy(31,2): expr Call `c.Inc()`: ?
// CHECK: autocontracts_class.dfy(31,2): expr Select `c.Inc`: ?
// CHECK: autocontracts_class.dfy(31,2): expr Name `c`: Counter
// CHECK: autocontracts_class.dfy(32,6): var local x: int
// CHECK: autocontracts_class.dfy(32,11): expr Call `c.Get()`: ?
// CHECK: autocontracts_class.dfy(32,11): expr Select `c.Get`: ?
// CHECK: autocontracts_class.dfy(32,11): expr Name `c`: Counter
