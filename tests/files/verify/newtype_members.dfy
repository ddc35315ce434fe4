// RUN: verify --show-snippets false
// Members of newtypes: functions, predicates, methods and lemmas take the newtype's value as
// `this`, with its constraint; instance consts are their initializer at `this`; static consts
// are checked once. Static consts of a datatype whose name is also its constructor's
// (`Pt.Origin`). Expected output is Dafny 4.11's.
newtype u8 = x | 0 <= x < 256 {
  const Half: u8 := this / 2
  const Pred: u8 := this - 1
  static const Max: u8 := 255
  static const TooBig: u8 := 300
  function Double(): int { this as int * 2 }
  predicate Small() { this < 10 }
  function Inc(): u8 requires this < 255 { this + 1 }
  function Bad(): u8 { this + 1 }
  static function Zero(): u8 { 0 }
  method Dec() returns (r: u8) ensures r < this { r := this - 1; }
  method Twice() returns (r: int) ensures r == Double() { r := this as int + this as int; }
  lemma SmallDouble() requires Small() ensures Double() < 20 {}
  lemma HalfSmall() ensures Half <= this {}
  lemma HalfWrong() ensures Half < this {}
  function Count(): nat decreases this { if this == 0 then 0 else 1 + (this - 1).Count() }
  predicate Loop() { this.Loop() }
}
datatype Pt = Pt(x: int, y: int) {
  const Sum: int := x + y
  const Nat: nat := x
  static const Origin: Pt := Pt(0, 0)
  static const Neg: nat := -1
  function Norm(): int { if Sum < 0 then -Sum else Sum }
}
method Main() {
  var x: u8 := 5;
  assert x.Double() == 10 && x.Small() && x.Half == 2;
  var y := x.Inc();
  assert y == 6;
  assert u8.Zero().Double() == 0 && !u8.Max.Small();
  var t := x.Twice();
  assert t == 10;
  x.SmallDouble();
  assert x.Count() == 5;
  var p := Pt(3, 4);
  assert p.Sum == 7 && Pt.Origin.Sum == 0 && p.Norm() == 7;
  var w: u8 := 255;
  var v := w.Inc();
}

// CHECK-EXIT: 4
// CHECK: newtype_members.dfy(8,25): Error: result of operation might violate newtype constraint for 'u8'
// CHECK: newtype_members.dfy(10,29): Error: result of operation might violate newtype constraint for 'u8'
// CHECK: newtype_members.dfy(14,28): Error: result of operation might violate newtype constraint for 'u8'
// CHECK: newtype_members.dfy(16,60): Error: result of operation might violate newtype constraint for 'u8'
// CHECK: newtype_members.dfy(20,40): Error: a postcondition could not be proved on this return path
// CHECK: newtype_members.dfy(20,33): Related location: this is the postcondition that could not be proved
// CHECK: newtype_members.dfy(22,30): Error: cannot prove termination; try supplying a decreases clause
// CHECK: newtype_members.dfy(26,20): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: newtype_members.dfy(28,27): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: newtype_members.dfy(44,16): Error: function precondition could not be proved
// CHECK: newtype_members.dfy(13,35): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 10 verified, 9 errors
