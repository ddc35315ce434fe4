// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve). A type argument left out of the
// tested type is not inferred from the operand's type: Box<?> is never determined.
trait T { }
class Box<X> extends T { }
method M(t: T) returns (r: bool) {
  r := t is Box;
  var x: object := t as Box;
}

// CHECK-EXIT: 2
// CHECK: type_test_undetermined_type_argument.dfy(7,9): Error: type test for type 'Box<?>' must be from an expression assignable to it (got 'T')
// CHECK: type_test_undetermined_type_argument.dfy(8,21): Error: type cast to reference type 'Box<?>' must be from an expression assignable to it (got 'T')
// CHECK: 2 resolution/type errors detected in type_test_undetermined_type_argument.dfy
