// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function Id<T>(x: T): T { x }
method M() returns (r: int) {
  r := Id<int>(true);
}

// CHECK-EXIT: 2
// CHECK: generic_function_argument_type.dfy(5,15): Error: incorrect argument type for function parameter 'x' (expected int, found bool)
// CHECK: 1 resolution/type errors detected in generic_function_argument_type.dfy
