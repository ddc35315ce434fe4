// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
trait T {
  function F(): int
}
class C extends T {
  function F(): bool { true }
}

// CHECK-EXIT: 2
// CHECK: trait_function_result_mismatch.dfy(7,11): Error: the result type of function 'F' (bool) differs from that in the overridden function (int)
// CHECK: 1 resolution/type errors detected in trait_function_result_mismatch.dfy
