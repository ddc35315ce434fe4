// RUN: resolve --show-snippets false
// A compiled module refining one with an abstract import inherits the import, and each use
// of it is an error, noted at the refining module.
abstract module A { const k: int }
module A2 refines A { const k := 2 }
abstract module Base {
  import X : A
  const j := X.k
}
module R refines Base {
}

// CHECK-EXIT: 2
// CHECK: refine_abstract_import_use.dfy(8,13): Error: a compiled module is not allowed to use an abstract module (X)
// CHECK: refine_abstract_import_use.dfy(10,7): Related location: refining module
// CHECK: 1 resolution/type errors detected in refine_abstract_import_use.dfy
