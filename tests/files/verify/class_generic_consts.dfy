// RUN: verify --show-snippets false --allow-warnings
// Consts of generic classes and traits without values: one per instantiation, set by the
// constructor.
// Expected output is Dafny 4.11's (`dafny verify`), which verifies the file.
trait Named<T> {
  const name: T
}

class Box<T> extends Named<T> {
  const value: T
  ghost const N: nat
  const items: seq<T>

  constructor (v: T, n: nat)
    ensures value == v && N == n && items == [v] && name == v
  {
    value := v;
    N := n;
    items := [v];
    name := v;
  }

  function Get(): T { value }

  method Check()
    ensures Get() == value && 0 <= N && |items| >= 0
  {}
}

method Main() {
  var b := new Box<int>(3, 4);
  var c := new Box<string>("x", 0);
  assert b.value == 3 && b.N == 4 && b.Get() == 3 && b.items == [3];
  assert c.value == "x" && c.items[0] == "x";
  var n: Named<int> := b;
  assert n.name == 3;
  print b.value, " ", c.value, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 0 errors
