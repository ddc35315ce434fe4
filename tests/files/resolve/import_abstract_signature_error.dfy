// RUN: resolve --show-snippets false
// A compiled module importing an abstract one: a signature error, reported in module order,
// after which Dafny resolves none of the module's bodies.
abstract module A { const k: int  type T }
abstract module Base {
  import X : A
  method M(t: X.T) { var z := X.k; }
}
module R refines Base {
  const i := 3
}
module S {
  import X = A
}

// CHECK-EXIT: 2
// CHECK: import_abstract_signature_error.dfy(7,14): Error: a compiled module is not allowed to use an abstract module (X)
// CHECK: import_abstract_signature_error.dfy(9,7): Related location: refining module
// CHECK: import_abstract_signature_error.dfy(13,13): Error: a compiled module (S) is not allowed to import an abstract module (A)
// CHECK: 2 resolution/type errors detected in import_abstract_signature_error.dfy
