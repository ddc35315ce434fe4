// RUN: resolve --dump-ast
// The printer keeps precedence with the fewest parentheses, chains comparisons and prints
// every expression form; tools/roundtrip checks that this output parses back to the same AST.
function f(x: int): int { -(if x > 0 then x else -x) + (var y := x; y) * (match x { case 0 => 1 case _ => 2 }) }
predicate p(a: bool, b: bool, c: bool) { (a ==> b) ==> c <==> (a <== b <== c) && (a || b) && !!a }
method m(s: seq<int>, t: set<int>) returns (r: int)
  requires |s| > 0 && | |s| as int | > 0 && s[0] == s[0] == true
  ensures r == (forall x :: x in t ==> x > 0) as int
{
  r := (if true then 1 else 2) + 3;
  r := -(-r);
  r := - -r;
  var l := (x: int) requires x > 0 reads {} => x;
  var g := x => y => x + y;
  var u := s[0 := 1][1 := 2];
  var v := s[..1] + s[1..] + s[..];
  var b := 5 as bv8 & 3 | 1 ^ 2 << 1;
  var c := if r :| r > 0 then r else 0;
  var d := multiset(s) + multiset{1} ;
  var e := map[1 := 2, 3 := 4][1];
  var w := imap x | x in t :: x;
  var z := iset{1};
  var tt := (1, 2).0;
  var ss := seq<int>(3, i => i);
  var q := x !in t && x !! t;
  assert P#[3](x);
  assert x ==#[2] y != z;
  r := a.(f := 1, g := 2).h;
  r := old@L(x) + fresh(t) + unchanged@L(this`f, this);
  r := (assert true; 1) + 1;
  r := 1 + assert true; 1;
  r := M@L(1);
  var n := new int[3](i => i);
  var n2 := new int[][1, 2];
  var o := new C.Init(x := 1);
  var o2 := new C;
  var cc := "\U{1F600}é\U{7}" + ['\'', 'x'];
  print "a\"b\\c\0\t", '\'', @"verb""atim";
  r := (exists x :: x > 0) ==> true;
  r := 0x1F + 1_000 + 1.5;
  r := (a <== b) ==> c;
  r := a ==> b <== c;
  r := (a ==> b) <== c;
  r := (a && b) || c;
  r := a && (b || c);
  r := (a < b) == c;
  r := a.b.0.1;
  // A set comprehension without range or term ends with its variable (found by fuzz.py).
  r := iset n % 10;
}

// CHECK-EXIT: 0
// CHECK: function f(x: int): int
// CHECK: {
// CHECK:   -(if x > 0 then x else -x) + (var y := x; y) * (match x {
// CHECK:     case 0 => 1
// CHECK:     case _ => 2
// CHECK:   })
// CHECK: }
// CHECK:
// CHECK: predicate p(a: bool, b: bool, c: bool)
// CHECK: {
// CHECK:   (a ==> b) ==> c <==> (a <== b <== c) && (a || b) && !!a
// CHECK: }
// CHECK:
// CHECK: method m(s: seq<int>, t: set<int>) returns (r: int)
// CHECK:   requires |s| > 0 && | |s| as int | > 0 && s[0] == s[0] == true
// CHECK:   ensures r == (forall x :: x in t ==> x > 0) as int
// CHECK: {
// CHECK:   r := (if true then 1 else 2) + 3;
// CHECK:   r := -(-r);
// CHECK:   r := - -r;
// CHECK:   var l := (x: int) reads {} requires x > 0 => x;
// CHECK:   var g := x => y => x + y;
// CHECK:   var u := s[0 := 1][1 := 2];
// CHECK:   var v := s[..1] + s[1..] + s[..];
// CHECK:   var b := 5 as bv8 & 3 | 1 ^ 2 << 1;
// CHECK:   var c := if r :| r > 0 then r else 0;
// CHECK:   var d := multiset(s) + multiset{1};
// CHECK:   var e := map[1 := 2, 3 := 4][1];
// CHECK:   var w := imap x | x in t :: x;
// CHECK:   var z := iset{1};
// CHECK:   var tt := (1, 2).0;
// CHECK:   var ss := seq<int>(3, i => i);
// CHECK:   var q := x !in t && x !! t;
// CHECK:   assert P#[3](x);
// CHECK:   assert x ==#[2] y != z;
// CHECK:   r := a.(f := 1, g := 2).h;
// CHECK:   r := old@L(x) + fresh(t) + unchanged@L(this`f, this);
// CHECK:   r := (assert true; 1) + 1;
// CHECK:   r := 1 + assert true; 1;
// CHECK:   r := M@L(1);
// CHECK:   var n := new int[3](i => i);
// CHECK:   var n2 := new int[][1, 2];
// CHECK:   var o := new C.Init(x := 1);
// CHECK:   var o2 := new C;
// CHECK:   var cc := "😀é\U{0007}" + ['\'', 'x'];
// CHECK:   print "a\"b\\c\0\t", '\'', "verb\"atim";
// CHECK:   r := (exists x :: x > 0) ==> true;
// CHECK:   r := 0x1F + 1000 + 1.5;
// CHECK:   r := (a <== b) ==> c;
// CHECK:   r := a ==> b <== c;
// CHECK:   r := (a ==> b) <== c;
// CHECK:   r := (a && b) || c;
// CHECK:   r := a && (b || c);
// CHECK:   r := (a < b) == c;
// CHECK:   r := a.b.0.1;
// CHECK:   r := iset n % 10;
// CHECK: }
