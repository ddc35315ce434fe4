// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve). `e is T` needs e's type and T to
// be assignable one to the other; Dafny reports these when it solves its constraints, the
// test of a literal (whose type is inferred) after the others.
trait T { }
trait U { }
class C extends T { }
class D { }
method M(t: T, c: C, d: D, i: int) {
  var b0 := 5 is bool;
  var b1 := d is C;
  var b2 := c is T;
  var b3 := t is U;
  var b4 := t is C;
}

// CHECK-EXIT: 2
// CHECK: type_test_not_assignable.dfy(11,14): Error: type test for type 'C' must be from an expression assignable to it (got 'D')
// CHECK: type_test_not_assignable.dfy(13,14): Error: type test for type 'U' must be from an expression assignable to it (got 'T')
// CHECK: type_test_not_assignable.dfy(10,14): Error: type test for type 'bool' must be from an expression assignable to it (got 'int')
// CHECK: 3 resolution/type errors detected in type_test_not_assignable.dfy
