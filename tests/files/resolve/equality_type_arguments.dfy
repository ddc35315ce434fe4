// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve): in compiled code, a type argument
// for a (==) type parameter of a datatype or class must support equality, and so must the
// element types of the sets that let-, lambda- and quantifier-bound variables have; a ghost let
// is not checked.
datatype Box<A(==)> = Box(a: A)
class Cell<A(==)> { }
method M(f: int -> int) returns (r: int) {
  var b: Box<int -> int> := Box(f);
  var c: Cell<int -> int>;
  var g := (x: set<int -> int>) => 0;
  var h := var y: set<int -> int> := {}; 0;
  var k := (b: Box<int -> int>) => 1;
  ghost var gg := var z: set<int -> int> := {}; 0;
  var q := forall w: set<int -> int> | w == {} :: true;
  r := var (u, v) := (f, {f}); 0;
}

// CHECK-EXIT: 2
// CHECK: equality_type_arguments.dfy(9,9): Error: type parameter (A) passed to type Box must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(9,28): Error: type parameter (A) passed to type Box must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(10,9): Error: type parameter (A) passed to type Cell must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(11,11): Error: set argument type must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(11,12): Error: set argument type must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(12,15): Error: set argument type must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(12,37): Error: set argument type must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(13,15): Error: type parameter (A) passed to type Box must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(13,15): Error: type parameter (A) passed to type Box must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(15,18): Error: set argument type must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(15,44): Error: set argument type must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(16,15): Error: set argument type must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(16,21): Error: set argument type must support equality (got int -> int)
// CHECK: equality_type_arguments.dfy(16,25): Error: set argument type must support equality (got int -> int)
// CHECK: 14 resolution/type errors detected in equality_type_arguments.dfy
