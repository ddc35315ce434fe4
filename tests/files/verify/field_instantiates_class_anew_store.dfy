// RUN: verify --allow-warnings --show-snippets false
// A generic class whose field instantiates the class with other type arguments (without end:
// Store<array<T>>, Store<array<array<T>>>, ...). dfyc said it could not verify it; its heap now
// has parts down to one level below the deepest instantiation the program names. Expected
// output checked against Dafny 4.11.
class Store<T> {
  var next: Store?<array<T>>
  constructor () { next := null; }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 0 errors
