// RUN: verify --show-snippets false
// A function's result is of its declared class, no more: an object result may be any object,
// two results of one class may be one object, and a trait's object may be of any class
// (Dafny does not state which classes do not extend a trait).
class A { var x: int }
class B { var y: int }
trait T { }
class C extends T { }

function Fa(a: A): A
function Fo(a: A): object
function Ft(c: C): T

method Differ(o1: object, o2: object) requires o1 != o2 {}

method AnyObject(a: A, b: B) {
  Differ(Fo(a), b);
}

method SameClass(a: A, a2: A) {
  Differ(Fa(a), a2);
}

method TraitResult(c: C, b: B) {
  Differ(Ft(c), b);
}

// CHECK-EXIT: 4
// CHECK: function_result_class_errors.dfy(17,8): Error: a precondition for this call could not be proved
// CHECK: function_result_class_errors.dfy(14,50): Related location: this is the precondition that could not be proved
// CHECK: function_result_class_errors.dfy(21,8): Error: a precondition for this call could not be proved
// CHECK: function_result_class_errors.dfy(14,50): Related location: this is the precondition that could not be proved
// CHECK: function_result_class_errors.dfy(25,8): Error: a precondition for this call could not be proved
// CHECK: function_result_class_errors.dfy(14,50): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 3 errors
