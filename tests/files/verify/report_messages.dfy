// RUN: verify --show-snippets false --allow-warnings
// Messages and positions as Dafny 4.11 reports them: null receivers and arrays, array sizes
// per dimension, an array initializer's domain, constructor lists, let pattern shapes, missing
// match cases (one error each), for-loop bounds.
class C {
  var n: int
  function F(): int reads this { n }
  method Inc() modifies this { n := n + 1; }
}
method A(c: C?) returns (x: int) {
  x := c.F();
}
method B(c: C?) modifies c {
  c.Inc();
}
method D(a: array?<int>) returns (x: int) {
  x := a.Length;
}
method E(a: array?<int>) returns (s: seq<int>) requires a != null ==> a.Length > 2 {
  s := a[1..2];
}
method G(a: array?<int>) requires a != null ==> a.Length > 2 modifies a {
  a[0] := 1;
}
method H(n: nat) returns (a: array<int>) {
  a := new int[n](i requires 0 < i => 10 / i);
}
method K(n: int) returns (m: array3<int>) {
  m := new int[2, n, n - 1];
}
datatype Sh = Ci(size: int) | Sq(size: int) | Tr(size: int) | Pt
method L(s: Sh) returns (n: int) { n := s.size; }
datatype Op = None | Some(v: int)
datatype Pr = Pr(a: Op, b: Op)
function Get(p: Pr): int { var Pr(Some(x), Some(y)) := p; x + y }
datatype Color = Red | Green | Blue
method Name(c: Color) returns (s: string) {
  match c { case Red => s := "red"; }
}
function Area(c: Sh): int {
  match c
  case Ci(r) => 3
  case Pt => 0
}
method ForUp(lo: int, hi: int) {
  for i := lo to hi {
  }
}
method ForDown(lo: int, hi: int) {
  for i := hi downto lo {
  }
}
method ForExpr(lo: int, hi: int) {
  for i := lo + 1 to hi - 1 {
  }
}

// CHECK-EXIT: 4
// CHECK: report_messages.dfy(11,10): Error: target object might be null
// CHECK: report_messages.dfy(14,2): Error: target object might be null
// CHECK: report_messages.dfy(17,9): Error: target object might be null
// CHECK: report_messages.dfy(20,7): Error: array might be null
// CHECK: report_messages.dfy(23,2): Error: array might be null
// CHECK: report_messages.dfy(26,7): Error: all array indices must be in the domain of the initialization function
// CHECK: report_messages.dfy(29,18): Error: array size (dimension 1) might be negative
// CHECK: report_messages.dfy(29,23): Error: array size (dimension 2) might be negative
// CHECK: report_messages.dfy(32,42): Error: destructor 'size' can only be applied to datatype values constructed by 'Ci', 'Sq', or 'Tr'
// CHECK: report_messages.dfy(35,34): Error: RHS is not certain to look like the pattern 'Some'
// CHECK: report_messages.dfy(35,43): Error: RHS is not certain to look like the pattern 'Some'
// CHECK: report_messages.dfy(38,2): Error: missing case in match statement: Blue
// CHECK: report_messages.dfy(38,2): Error: missing case in match statement: Green
// CHECK: report_messages.dfy(41,2): Error: missing case in match expression: Tr(_)
// CHECK: report_messages.dfy(41,2): Error: missing case in match expression: Sq(_)
// CHECK: report_messages.dfy(46,11): Error: lower bound must not exceed upper bound
// CHECK: report_messages.dfy(50,21): Error: lower bound must not exceed upper bound
// CHECK: report_messages.dfy(54,14): Error: lower bound must not exceed upper bound
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 18 errors
