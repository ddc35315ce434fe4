// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
trait T {}
method M() {
  var t := new T;
}

// CHECK-EXIT: 2
// CHECK: new_of_trait.dfy(5,11): Error: new can be applied only to class types (got T)
// CHECK: 1 resolution/type errors detected in new_of_trait.dfy
