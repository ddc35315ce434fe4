// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// Frames naming `this` (or a field with an implicit `this`) before `new;`.
class Box {
  var v: int
  constructor ()
  {
    v := 0;
    modify `v;
    modify this;
    new;
  }
}

// CHECK-EXIT: 2
// CHECK: ctor_this_modify_before_new.dfy(9,12): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: ctor_this_modify_before_new.dfy(10,11): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: 2 resolution/type errors detected in ctor_this_modify_before_new.dfy
