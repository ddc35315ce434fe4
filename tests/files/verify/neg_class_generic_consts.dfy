// RUN: verify --show-snippets false --allow-warnings
// Wrong uses of consts of generic classes: a constructor that sets another value than it
// promises, and assertions about the consts of two instantiations that do not hold.
// Expected errors are Dafny 4.11's (`dafny verify --show-snippets false`), positions and all.
class Box<T> {
  const value: T
  ghost const N: nat

  constructor (v: T, w: T, n: nat)
    ensures value == v && N == n
  {
    value := w;
    N := n;
  }
}

method Distinct() {
  var b := new Box<int>(3, 3, 4);
  var c := new Box<int>(3, 3, 4);
  assert b.value == c.value && b.N == 4;
  assert b == c;
}

method Other() {
  var d := new Box<bool>(true, true, 0);
  assert d.value == false;
}

method Any(b: Box<int>, c: Box<int>) {
  assert b.N >= 0;
  assert b.value == c.value;
}

// CHECK-EXIT: 4
// CHECK: neg_class_generic_consts.dfy(11,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_class_generic_consts.dfy(10,18): Related location: this is the postcondition that could not be proved
// CHECK: neg_class_generic_consts.dfy(21,2): Error: assertion might not hold
// CHECK: neg_class_generic_consts.dfy(26,2): Error: assertion might not hold
// CHECK: neg_class_generic_consts.dfy(31,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 4 errors
