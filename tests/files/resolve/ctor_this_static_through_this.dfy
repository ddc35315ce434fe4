// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// A static member reached through `this` still uses `this`; named alone it does not, nor
// does a const with a value.
class K {
  static const Limit := 10
  const width := 4
  var x: int
  constructor ()
  {
    x := Limit + width;
    Helper();
    this.Helper();
    x := this.Limit;
    new;
  }
  static method Helper() { }
}

// CHECK-EXIT: 2
// CHECK: ctor_this_static_through_this.dfy(13,4): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: ctor_this_static_through_this.dfy(14,9): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: 2 resolution/type errors detected in ctor_this_static_through_this.dfy
