// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve). In compiled code, a type test
// must not have to recover a type argument at run time: Box<int> from object or from a trait
// without type parameters cannot be tested, E<int> from G<int> can. A local initialized with
// such a test is inferred ghost, so only the assignments to out-parameters are errors.
trait T { }
class C extends T { }
class Box<X> extends T { }
trait G<X> { }
class E<X> extends G<X> { }
class F extends G<int> { }
method M(t: T, c: C, o: object, cn: C?, g: G<int>, on: object?) returns (r: bool) {
  r := o is C;
  r := t is C;
  r := cn is C;
  r := c is T;
  r := o is Box<int>;
  r := t is Box<int>;
  r := g is E<int>;
  r := g is F;
  r := on is C;
  r := on is C?;
  ghost var gg := o is Box<int>;
  var x := o is Box<int>;
}

// CHECK-EXIT: 2
// CHECK: type_test_not_runtime_checkable.dfy(17,9): Error: an expression of type 'object' is not run-time checkable to be a 'Box<int>'
// CHECK: type_test_not_runtime_checkable.dfy(18,9): Error: an expression of type 'T' is not run-time checkable to be a 'Box<int>'
// CHECK: 2 resolution/type errors detected in type_test_not_runtime_checkable.dfy
