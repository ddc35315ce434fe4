// A const of a partial arrow type (-->) may be partial, and a total arrow's results are of its
// result type only: nothing more is known of them. Expected output recorded from Dafny 4.11
// (`dafny verify --show-snippets false`).
class D {
  const h: int --> int
  const g: int -> nat
  constructor (h: int --> int, g: int -> nat) {
    this.h := h;
    this.g := g;
  }

  lemma NotTotal(x: int)
    ensures h.requires(x)
  {}

  lemma NotPositive(x: int)
    ensures g(x) > 0
  {}
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: const_total_arrow_errors.dfy(14,2): Error: a postcondition could not be proved on this return path
// CHECK: const_total_arrow_errors.dfy(13,22): Related location: this is the postcondition that could not be proved
// CHECK: const_total_arrow_errors.dfy(18,2): Error: a postcondition could not be proved on this return path
// CHECK: const_total_arrow_errors.dfy(17,17): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
