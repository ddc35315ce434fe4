// RUN: verify --show-snippets false --allow-warnings
// Where Dafny reports a postcondition that fails on one path: the last statement on the path
// when the body ends in a compound statement (and has no out-parameters), a function's branch.
method A1(x: int) returns (y: int)
  ensures y > 0
{
  y := 1;
  if x > 0 { y := 0; }
}
method A2(x: int)
  ensures x > 0
{
  if x > 0 { var z := 1; }
}
method A3(x: int) returns (y: int)
  ensures y > 5
{
  y := 0;
  while y < 5 { y := y + 1; }
}
method A4(x: int) returns (y: int)
  ensures y > 0
{
  if x > 0 { y := 1; } else if x < -3 { y := 0; } else { y := 2; }
}
method A5(x: int) returns (y: int)
  ensures y > 0
{
  if x > 0 { y := 1; } else if x < -3 { y := 2; }
  else { y := 0; }
}
method A6(x: int) returns (y: int)
  ensures y > 0
{
  if x > 0 { y := 1; } else if x < -3 { y := 2; }
}
method A7(x: int) returns (y: int)
  ensures y > 0
{
  y := 1;
  if x > 0 { y := 0; }
  y := y;
}
method A8(x: int) returns (y: int)
  ensures y > 10
{
  y := 0;
  for i := 0 to 5 { y := y + 1; }
}
method A9(x: int) returns (y: int)
  ensures y > 0
{
  y := 1;
  { if x > 0 { y := 0; } }
}
method A10(x: int) returns (y: int)
  ensures y > 0
{
  y := 1;
  if x > 0 { y := 0; while y < 0 { y := y + 1; } }
}
method A11(x: int) returns (y: int)
  ensures y > 0
{
  y := 1;
  if x > 0 { if x > 3 { y := 0; } }
}
method A12(x: int)
  ensures x > 0
{
  assert x == x by { }
}
method A14(x: int)
  ensures x > 0
{
  calc { x; == x; }
}
method A15(x: int)
  ensures x > 0
{
  if * { } else { }
}
method A16(x: int) returns (y: int)
  ensures y > 0
{
  y := 1;
  if x > 0 { y := 0; return; }
}
method A17(x: int) returns (y: int)
  ensures y > 0
{
  y := 1;
  if x > 0 { y := 0; return; }
  y := 0;
}
class C {
  var f: int
  constructor (x: int)
    ensures f > 0
  {
    f := 1;
    if x > 0 { f := 0; }
  }
  method M(x: int)
    modifies this
    ensures f > 0
  {
    f := 1;
    if x > 0 { f := 0; }
  }
}
method B1(x: int)
  ensures x > 10
{
  var y := 0;
  for i := 0 to 5 { y := y + 1; }
}
method B2(x: int)
  ensures x > 10
{
  if {
    case x > 0 => var y := 1;
    case x < 5 => var y := 2;
  }
}
datatype D = A | B(n: int)
method B3(d: D)
  ensures d.B?
{
  match d {
    case A => var y := 1;
    case B(n) => var y := 2;
  }
}
method B4(x: int)
  ensures x != 5
{
  if x > 0 { var y := 1; while y < 3 { y := y + 1; } }
  else { var y := 1; }
}
method B5(x: int)
  ensures x != 7
{
  var y := 0;
  while y < 10 { if y == 5 { break; } y := y + 1; }
}
function F1(d: D): int
  ensures F1(d) > 0
{
  match d
  case A => 1
  case B(n) => n
}
function F2(x: int): int
  ensures F2(x) > 0
{
  if x > 0 then (if x > 5 then x else 0) else 1
}
function F3(x: int): int
  ensures F3(x) > 0
{
  var y := x; y
}
method B6(x: int)
  ensures x != 5
{
  if x > 0 { }
}
method B6b(x: int)
  ensures x != -5
{
  if x > 0 { }
}
method B8(x: int)
  ensures x != -5
{
  if x > 0 { } else { }
}

// CHECK-EXIT: 4
// CHECK: return_points.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(5,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(13,2): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(11,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(17,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(16,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(23,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(22,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(28,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(27,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(34,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(33,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(36,0): Error: out-parameter 'y', which is subject to definite-assignment rules, might be uninitialized at this return point
// CHECK: return_points.dfy(39,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(38,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(46,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(45,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(52,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(51,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(58,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(57,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(64,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(63,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(70,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(69,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(75,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(74,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(80,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(79,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(87,21): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(84,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(91,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(90,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(100,2): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(99,14): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(109,13): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(106,14): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(116,2): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(113,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(122,4): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(119,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(131,4): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(128,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(138,25): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(136,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(143,0): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(142,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(152,15): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(148,16): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(157,38): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(155,16): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(162,14): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(160,16): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(167,11): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(165,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(172,2): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(170,12): Related location: this is the postcondition that could not be proved
// CHECK: return_points.dfy(177,20): Error: a postcondition could not be proved on this return path
// CHECK: return_points.dfy(175,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 30 errors
