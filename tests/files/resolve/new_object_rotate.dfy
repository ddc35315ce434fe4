// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve). `new object` allocates an object
// of the built-in class; `object?` and a constructor call are not allowed. Bit-vectors have
// the members RotateLeft and RotateRight (w: nat); other types do not.
method M(x: bv8, i: int) {
  var a := new object;
  var b: object? := new object;
  var c := new object?;
  var d := new object();
  var r := x.RotateLeft(3).RotateRight(i);
  var s := i.RotateLeft(1);
}

// CHECK-EXIT: 2
// CHECK: new_object_rotate.dfy(8,11): Error: new can be applied only to class types (got object?)
// CHECK: new_object_rotate.dfy(9,11): Error: new can be applied only to class types (got object)
// CHECK: new_object_rotate.dfy(11,13): Error: type int does not have a member RotateLeft
// CHECK: 3 resolution/type errors detected in new_object_rotate.dfy
