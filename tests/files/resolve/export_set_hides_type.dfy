// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {
  export Mini provides F
  export reveals *
  function F(): int { 1 }
  type T = int
}
module B {
  import A`Mini
  method M(x: A.T) {}
}

// CHECK-EXIT: 2
// CHECK: export_set_hides_type.dfy(11,16): Error: module 'A' does not declare a type 'T'
// CHECK: 1 resolution/type errors detected in export_set_hides_type.dfy
