// RUN: verify --allow-warnings --show-snippets false
// A generic class whose field instantiates the class with other type arguments (without end:
// Store<array<T>>, Store<array<array<T>>>, ...): dfyc's heap has a part per field of each
// instantiation the program names, so it says it cannot verify it yet (Dafny 4.11 verifies
// it), where it used to fail inside.
class Store<T> {
  var next: Store?<array<T>>
  constructor () { next := null; }
}

// CHECK-EXIT: 2
// CHECK: unsupported_field_instantiates_class_anew.dfy(7,6): Error: dfyc cannot verify fields of a generic class of the class with other type arguments yet
// CHECK: 1 resolution/type errors detected in unsupported_field_instantiates_class_anew.dfy
