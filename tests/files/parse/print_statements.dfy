// RUN: resolve --dump-ast
// Statements, one a line, with canonical two-space indentation.
method m(s: seq<int>, t: set<int>) returns (r: int) {
  r := (match x { case 0 => 1 case _ => 2 }).foo;
  r := -(x as int);
  r := (-x) as int;
  r := !(x is int);
  if x :| x > 0 { } else { }
  while invariant true { case x > 0 => x := x - 1; case x < 0 => break; }
  if { case true => case false => }
  for i := 10 downto 0 invariant true { continue; }
  while * decreases * { break break; }
  forall x | x in t { }
  modify t;
  reveal f, g;
  hide *;
  x, y :| assume x > 0;
  :- expect M();
  var (a, C(b, _)) := e;
  var k :- M();
  ghost var h, i: int := 1, 2;
  var ghost j, k2 := 1, 2;
  yield 1;
  calc == { 1 + 1; { assert true; } 2; < calc { 2; } 3; }
  match x { case 0 => print 1; case A(y) | B(y) => case _ => }
  var i := 0; while i < 10 invariant 0 <= i <= 10 decreases 10 - i modifies {} { i := i + 1; }
  assert L: x > 0 by { assume x > 0; }
  expect x > 0, "x";
  return 1, new C;
}

// CHECK-EXIT: 0
// CHECK: method m(s: seq<int>, t: set<int>) returns (r: int)
// CHECK: {
// CHECK:   r := (match x {
// CHECK:     case 0 => 1
// CHECK:     case _ => 2
// CHECK:   }).foo;
// CHECK:   r := -(x as int);
// CHECK:   r := (-x) as int;
// CHECK:   r := !(x is int);
// CHECK:   if x :| x > 0 {
// CHECK:   } else {
// CHECK:   }
// CHECK:   while
// CHECK:     invariant true
// CHECK:   {
// CHECK:     case x > 0 =>
// CHECK:       x := x - 1;
// CHECK:     case x < 0 =>
// CHECK:       break;
// CHECK:   }
// CHECK:   if {
// CHECK:     case true =>
// CHECK:     case false =>
// CHECK:   }
// CHECK:   for i := 10 downto 0
// CHECK:     invariant true
// CHECK:   {
// CHECK:     continue;
// CHECK:   }
// CHECK:   while *
// CHECK:     decreases *
// CHECK:   {
// CHECK:     break break;
// CHECK:   }
// CHECK:   forall x | x in t {
// CHECK:   }
// CHECK:   modify t;
// CHECK:   reveal f, g;
// CHECK:   hide *;
// CHECK:   x, y :| assume x > 0;
// CHECK:   :- expect M();
// CHECK:   var (a, C(b, _)) := e;
// CHECK:   var k :- M();
// CHECK:   ghost var h, i: int := 1, 2;
// CHECK:   var ghost j, k2 := 1, 2;
// CHECK:   yield 1;
// CHECK:   calc == {
// CHECK:     1 + 1;
// CHECK:     {
// CHECK:       assert true;
// CHECK:     }
// CHECK:     2;
// CHECK:     < calc {
// CHECK:       2;
// CHECK:     }
// CHECK:     3;
// CHECK:   }
// CHECK:   match x {
// CHECK:     case 0 =>
// CHECK:       print 1;
// CHECK:     case A(y) | B(y) =>
// CHECK:     case _ =>
// CHECK:   }
// CHECK:   var i := 0;
// CHECK:   while i < 10
// CHECK:     invariant 0 <= i <= 10
// CHECK:     decreases 10 - i
// CHECK:     modifies {}
// CHECK:   {
// CHECK:     i := i + 1;
// CHECK:   }
// CHECK:   assert L: x > 0 by {
// CHECK:     assume x > 0;
// CHECK:   }
// CHECK:   expect x > 0, "x";
// CHECK:   return 1, new C;
// CHECK: }
