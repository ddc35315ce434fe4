// A const of a trait type may hold an object of any class that extends the trait, and a
// nullable const of a class type may be null: nothing follows of which member is called.
// Expected output recorded from Dafny 4.11 (`dafny verify --show-snippets false`), but for its
// count: Dafny counts 4 verified.
trait Act {
  ghost predicate ValidInput(next: int)
}

class Writer extends Act {
  ghost predicate ValidInput(next: int) { true }
}

class Refuser extends Act {
  ghost predicate ValidInput(next: int) { false }
}

class AnyProof {
  ghost const action: Act
  ghost const maybe: Writer?
  constructor (a: Act, m: Writer?) { action := a; maybe := m; }

  lemma AnyInputIsValid(next: int)
    ensures action.ValidInput(next)
  {}

  lemma MaybeWriter(next: int)
    ensures maybe != null
  {}
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: const_class_dispatch_errors.dfy(24,2): Error: a postcondition could not be proved on this return path
// CHECK: const_class_dispatch_errors.dfy(23,29): Related location: this is the postcondition that could not be proved
// CHECK: const_class_dispatch_errors.dfy(28,2): Error: a postcondition could not be proved on this return path
// CHECK: const_class_dispatch_errors.dfy(27,18): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 2 errors
