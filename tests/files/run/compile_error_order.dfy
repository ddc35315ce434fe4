// RUN: build --no-verify --allow-warnings --show-snippets false
// Compile errors come in Dafny's order, not in the order dfyc emits C++ (types first): a
// module after the modules it imports or contains, and in each module its methods and
// functions (Dafny's default class) before its other declarations, each in source order;
// a Main that is not permitted before all of them (Dafny looks for Main first).
// Expected output recorded from Dafny 4.11 (dafny build --no-verify --allow-warnings).
module Z {
  import Y
  function F(): int
}
module Y {
  function G(): int
  class K { function H(): int }
  type Abstract
}
module X {
  module Inner {
    function I(): int
  }
  method J()
}
datatype D = D {
  function P(): int
}
trait T {
  static method S()
}
class K2 {
  method Q()
}
function R(): int
method L(n: nat) {
  var i := 0;
  while i < n
}
method Main(x: int) {}

// CHECK-EXIT: 3
// CHECK: compile_error_order.dfy(34,2): Warning: this loop has no body (loop frame: i)
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: compile_error_order.dfy(36,7): Error: This method 'Main' is not permitted as a main method (the method's non-ghost argument type should be an seq<string>, got int).
// CHECK: compile_error_order.dfy(12,11): Error: Function Y._default.G has no body so it cannot be compiled
// CHECK: compile_error_order.dfy(13,21): Error: Function Y.K.H has no body so it cannot be compiled
// CHECK: compile_error_order.dfy(14,7): Error: Abstract type ('Y.Abstract') cannot be compiled; perhaps make it a type synonym or use :extern.
// CHECK: compile_error_order.dfy(9,11): Error: Function Z._default.F has no body so it cannot be compiled
// CHECK: compile_error_order.dfy(18,13): Error: Function X.Inner._default.I has no body so it cannot be compiled
// CHECK: compile_error_order.dfy(20,9): Error: Method X._default.J has no body so it cannot be compiled
// CHECK: compile_error_order.dfy(31,9): Error: Function _module._default.R has no body so it cannot be compiled
// CHECK: compile_error_order.dfy(34,2): Error: a loop without a body cannot be compiled
// CHECK: compile_error_order.dfy(23,11): Error: Function _module.D.P has no body so it cannot be compiled
// CHECK: compile_error_order.dfy(26,16): Error: Method _module.T.S has no body so it cannot be compiled
// CHECK: compile_error_order.dfy(29,9): Error: Method _module.K2.Q has no body so it cannot be compiled
// CHECK: Translation was aborted because errors were found
