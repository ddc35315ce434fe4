// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
trait T {
  constructor () {}
}

// CHECK-EXIT: 2
// CHECK: constructor_in_trait.dfy(4,2): Error: a trait is not allowed to declare a constructor
// CHECK: 1 resolution/type errors detected in constructor_in_trait.dfy
