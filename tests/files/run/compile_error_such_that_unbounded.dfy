// RUN: run --no-verify --show-snippets false
// A ':|' statement or let-such-that expression in compiled code whose variable has no bound
// that Dafny's heuristics find (a real, a type parameter) is Dafny's compile error "this
// assign-such-that statement is too advanced for the current compiler; Dafny's heuristics
// cannot find any bound for variable 'r'" (at the ':|', to the ';'), or "this let-such-that
// expression is too advanced ..." (at the 'var'), once per such variable; dfyc stopped at its
// gate "quantifiers, comprehensions and ':|' over unbounded ranges" at the variable. Integers
// are searched even without bounds. Expected output: Dafny 4.11's (`dafny run --no-verify`).
type Pair<T(0)> = p: (T, T) | true witness (var d: T :| true; (d, d))
function F(): real { var r: real :| r > 1.0; r }
function G<T(0)>(): T { var d: T :| true; d }
method Main() {
  var r: real :| r > 1.0;
  var x: int, y: real :| x > 0 && y > 0.0;
  var a: real, b: real :| a < b;
  var n: int :| n * n == 49;
  print r, x, y, a, b, n, F(), G<int>(), "\n";
  var p: Pair<int> := (1, 2);
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: compile_error_such_that_unbounded.dfy(10,21): Error: this let-such-that expression is too advanced for the current compiler; Dafny's heuristics cannot find any bound for variable 'r'
// CHECK: compile_error_such_that_unbounded.dfy(11,24): Error: this let-such-that expression is too advanced for the current compiler; Dafny's heuristics cannot find any bound for variable 'd'
// CHECK: compile_error_such_that_unbounded.dfy(13,14): Error: this assign-such-that statement is too advanced for the current compiler; Dafny's heuristics cannot find any bound for variable 'r'
// CHECK: compile_error_such_that_unbounded.dfy(14,22): Error: this assign-such-that statement is too advanced for the current compiler; Dafny's heuristics cannot find any bound for variable 'y'
// CHECK: compile_error_such_that_unbounded.dfy(15,23): Error: this assign-such-that statement is too advanced for the current compiler; Dafny's heuristics cannot find any bound for variable 'a'
// CHECK: compile_error_such_that_unbounded.dfy(15,23): Error: this assign-such-that statement is too advanced for the current compiler; Dafny's heuristics cannot find any bound for variable 'b'
// CHECK: compile_error_such_that_unbounded.dfy(9,44): Error: this let-such-that expression is too advanced for the current compiler; Dafny's heuristics cannot find any bound for variable 'd'
// CHECK: Translation was aborted because errors were found
