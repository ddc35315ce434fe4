// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// `this` passed to a static method, and stored in a local, before `new;`.
class Node {
  var next: Node?
  constructor ()
  {
    next := null;
    Register(this);
    var me := this;
    new;
  }
  static method Register(n: Node?) { }
}

// CHECK-EXIT: 2
// CHECK: ctor_this_passed_before_new.dfy(9,13): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: ctor_this_passed_before_new.dfy(10,14): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: 2 resolution/type errors detected in ctor_this_passed_before_new.dfy
