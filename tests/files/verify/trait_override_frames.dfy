// RUN: verify --show-snippets false --allow-warnings
trait T {
  var x: int
  method N(k: nat)
    modifies {}
  function G(): int reads {}
  function H(): int reads this ensures H() > 0
}
class C extends T {
  method N(k: nat)
    modifies this
  { }
  function G(): int reads this { x }
  function H(): int reads this { 1 }
}

// CHECK-EXIT: 4
// CHECK: trait_override_frames.dfy(10,9): Error: method might modify an object not in the parent trait context's modifies clause
// CHECK: trait_override_frames.dfy(13,11): Error: function's (possibly automatically generated) decreases clause must be below or equal to that in the trait
// CHECK: trait_override_frames.dfy(14,11): Error: the function must provide an equal or more detailed postcondition than in its parent trait
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 3 errors
