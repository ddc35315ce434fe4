// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// Reading a field before `new;` to compute a non-collection value is not allowed, even to
// assign another field; copying a field (or `this`) into one is.
class Pair {
  var a: int
  var b: int
  constructor (x: int)
  {
    a := x;
    b := a;
    b := a + 1;
    new;
    b := a + 1;
  }
}

// CHECK-EXIT: 2
// CHECK: ctor_this_field_read_before_new.dfy(12,9): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: 1 resolution/type errors detected in ctor_this_field_read_before_new.dfy
