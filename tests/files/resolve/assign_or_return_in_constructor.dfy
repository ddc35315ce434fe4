// RUN: resolve --show-snippets false
// A ':-' statement needs an out-parameter to propagate the failure to: in a constructor (which
// has none) it is Dafny's "A method containing a :- statement must have an out-parameter
// (_ctor)", an anonymous constructor named `_ctor` as Dafny names it (dfyc printed "()"), a
// named one by its name. The expected errors are Dafny 4.11's (`dafny resolve`).
datatype R = Ok(v: int) | Err {
  predicate IsFailure() { Err? }
  function PropagateFailure(): R requires IsFailure() { this }
  function Extract(): int requires !IsFailure() { v }
}
method Get() returns (r: R) { r := Ok(3); }
class C {
  var f: int
  constructor() {
    var x :- Get();
    f := x;
  }
  constructor Init() {
    var x :- Get();
    f := x;
  }
}

// CHECK-EXIT: 2
// CHECK: assign_or_return_in_constructor.dfy(15,10): Error: A method containing a :- statement must have an out-parameter (_ctor)
// CHECK: assign_or_return_in_constructor.dfy(19,10): Error: A method containing a :- statement must have an out-parameter (Init)
// CHECK: 2 resolution/type errors detected in assign_or_return_in_constructor.dfy
