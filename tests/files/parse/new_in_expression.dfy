// RUN: resolve --show-snippets false
// `new` may only begin the right-hand side of an assignment; anywhere else in an expression
// (a display, a tuple, an argument, a print) Dafny's grammar reports it and reads on, taking
// what follows as an expression (`Plain()`). A `new` right-hand side followed by more of an
// expression is the ordinary "this symbol not expected". The expected errors are Dafny 4.11's,
// word for word and at its positions (`dafny resolve`).
class Plain { constructor() { } }
method Take(p: Plain) { }
method Main() {
  var a := [1, new Plain()];
  var b := [new Plain()];
  var c := (new Plain(), 1);
  Take(new Plain());
  print new Plain(), "\n";
  var ok := new Plain();
  var d := new Plain() == null;
}

// CHECK-EXIT: 2
// CHECK: new_in_expression.dfy(10,15): Error: Calls with side-effects such as constructors are not allowed in expressions.
// CHECK: new_in_expression.dfy(11,12): Error: Calls with side-effects such as constructors are not allowed in expressions.
// CHECK: new_in_expression.dfy(12,12): Error: Calls with side-effects such as constructors are not allowed in expressions.
// CHECK: new_in_expression.dfy(13,7): Error: Calls with side-effects such as constructors are not allowed in expressions.
// CHECK: new_in_expression.dfy(14,8): Error: Calls with side-effects such as constructors are not allowed in expressions.
// CHECK: new_in_expression.dfy(16,23): Error: this symbol not expected in VarDeclStatement
// CHECK: 6 parse errors detected in new_in_expression.dfy
