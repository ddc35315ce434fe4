// RUN: run --no-verify --allow-warnings --show-snippets false
trait Animal {
  function Name(): string
  method Speak() {
    print Name(), " speaks\n";
  }
}
class Dog extends Animal {
  var age: int
  constructor (a: int) {
    age := a;
  }
  function Name(): string { "dog" }
  method Birthday() modifies this {
    age := age + 1;
  }
}
class Counter {
  var count: int
  const step: int
  constructor Init(s: int) {
    count := 0;
    step := s;
  }
  method Inc() modifies this {
    count := count + step;
  }
  static function Twice(x: int): int { 2 * x }
}
class Node {
  var val: int
  var next: Node?
  constructor (v: int, n: Node?) {
    val := v;
    next := n;
  }
}
module Geometry {
  const Pi := 3
  function Area(r: int): int { Pi * r * r }
}
method Main() {
  var d := new Dog(3);
  d.Birthday();
  print d.age, "\n";
  d.Speak();
  var a: Animal := d;
  a.Speak();
  var c := new Counter.Init(5);
  c.Inc();
  c.Inc();
  print c.count, " ", Counter.Twice(c.step), "\n";
  var n := new Node(1, null);
  var m := new Node(2, n);
  n.next := m;
  print m.next.val, " ", n.next.next.val, " ", n.next == m, "\n";
  print Geometry.Area(2), "\n";
  var arr := new int[5];
  var i := 0;
  while i < arr.Length {
    arr[i] := i * i;
    i := i + 1;
  }
  print arr[..], " ", arr[1..3], " ", arr.Length, "\n";
  var b := new int[3](j => j + 10);
  var e := new string[][ "x", "y"];
  print b[..], " ", e[..], "\n";
  var g := new int[2, 3];
  g[1, 2] := 7;
  print g.Length0, " ", g.Length1, " ", g[1, 2], " ", g[0, 0], "\n";
  var f := (x: int) => x + 1;
  var h: int -> int := Counter.Twice;
  print f(3), " ", h(4), "\n";
  var arr2 := arr;
  arr2[0] := 100;
  print arr[0], "\n";
  label outer: for k := 0 to 3 {
    for l := 0 to 3 {
      if l == 2 { continue outer; }
      if k == 2 { break outer; }
      print k, l, " ";
    }
  }
  print "\n";
  var x :| x in {7};
  print x, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 4
// CHECK: dog speaks
// CHECK: dog speaks
// CHECK: 10 10
// CHECK: 1 1 true
// CHECK: 12
// CHECK: [0, 1, 4, 9, 16] [1, 4] 5
// CHECK: [10, 11, 12] [['x'], ['y']]
// CHECK: 2 3 7 0
// CHECK: 4 8
// CHECK: 100
// CHECK: 00 01 10 11 
// CHECK: 7
