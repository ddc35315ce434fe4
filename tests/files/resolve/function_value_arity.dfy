// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var f: int -> int := x => x + 1;
  var y := f(1, 2);
}

// CHECK-EXIT: 2
// CHECK: function_value_arity.dfy(5,12): Error: wrong number of arguments (got 2, but function type 'int ~> int' expects 1: (_#p0: int))
// CHECK: 1 resolution/type errors detected in function_value_arity.dfy
