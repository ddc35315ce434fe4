// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {}
trait T extends C {}

// CHECK-EXIT: 2
// CHECK: trait_extends_class.dfy(4,16): Error: a trait can only extend traits (found 'C')
// CHECK: 1 resolution/type errors detected in trait_extends_class.dfy
