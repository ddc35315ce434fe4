// A const of a total arrow type holds a total function: its precondition holds at every
// argument, and its results are of the result type (Dafny's type axiom of the const states
// $Is of its value). Std.Actions' TotalFunctionActionProof rests on it. Expected output recorded
// from Dafny 4.11 (`dafny verify --show-snippets false`).
class C<I, O> {
  ghost const f: I -> O
  const g: int -> nat
  ghost constructor (f: I -> O, g: int -> nat)
    ensures this.f == f
  {
    this.f := f;
    this.g := g;
  }

  lemma Total(x: I)
    ensures f.requires(x)
  {}

  lemma Nat(x: int)
    ensures g(x) >= 0
  {}
}

lemma Outside(c: C<int, bool>, x: int)
  ensures c.f.requires(x) && c.g.requires(x)
{}

// RUN: verify --show-snippets false
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 0 errors
