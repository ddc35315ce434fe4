// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
trait T {
  method M()
}
class C extends T {
}

// CHECK-EXIT: 2
// CHECK: class_missing_trait_method.dfy(6,6): Error: class 'C' does not implement trait method 'T.M'
// CHECK: 1 resolution/type errors detected in class_missing_trait_method.dfy
