// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
trait T {
  method M(x: int)
}
class C extends T {
  method M(x: bool) {}
}

// CHECK-EXIT: 2
// CHECK: trait_method_signature_mismatch.dfy(7,11): Error: the type of in-parameter 'x' is different from the type of the corresponding in-parameter in trait method ('bool' instead of 'int')
// CHECK: 1 resolution/type errors detected in trait_method_signature_mismatch.dfy
