// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
trait T {
  function F(): int
}
class C extends T {
}

// CHECK-EXIT: 2
// CHECK: trait_function_not_implemented.dfy(6,6): Error: class 'C' does not implement trait function 'T.F'
// CHECK: 1 resolution/type errors detected in trait_function_not_implemented.dfy
