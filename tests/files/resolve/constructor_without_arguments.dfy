// RUN: resolve --show-snippets false
// A datatype constructor with formals is no value: Dafny has no constructor values, so using one
// uncalled is its 'wrong number of arguments' error; a constructor's name as a qualifier
// (D.Twice) or callee is fine. Expected output: Dafny 4.11's, identical.
datatype D = D(x: int) | E
datatype P<T> = P(a: T, b: int)
module M { datatype Q = Q(q: bool) }
method Main() {
  var g := D;
  var h := E;
  var p := P(1, 2);
  var k := M.Q;
  var ok := M.Q(true);
  var f := (x: int) => D(x);
  var pp := P;
  print h, p, ok, "\n";
}

// CHECK-EXIT: 2
// CHECK: constructor_without_arguments.dfy(9,11): Error: wrong number of arguments (got 0, but datatype constructor 'D' expects 1: (x: int))
// CHECK: constructor_without_arguments.dfy(12,13): Error: wrong number of arguments (got 0, but datatype constructor 'Q' expects 1: (q: bool))
// CHECK: constructor_without_arguments.dfy(15,12): Error: wrong number of arguments (got 0, but datatype constructor 'P' expects 2: (a: T, b: int))
// CHECK: 3 resolution/type errors detected in constructor_without_arguments.dfy
