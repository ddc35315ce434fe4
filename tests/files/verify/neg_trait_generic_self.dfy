// RUN: verify --show-snippets false --allow-warnings
// A class's function that breaks its own and its generic trait's postcondition: the trait's
// function is the class's on the class's objects, but not in the tasks that check the class's
// function itself (its body, its override check), where the trait's postcondition is what is
// to be proved. Expected errors are Dafny 4.11's (`dafny verify --show-snippets false`).
trait Tr<X> {
  var x: X
  function F(): int
    reads this
    ensures F() > 0
  function G(): int
    reads this
    ensures G() > 0
}

class C<T> extends Tr<T> {
  constructor (x: T) {
    this.x := x;
  }
  function F(): int
    reads this
    ensures F() > 0
  {
    0
  }
  function G(): int
    reads this
  {
    0
  }
}

class D extends Tr<int> {
  function F(): int
    reads this
    ensures F() > 0
  {
    -1
  }
  function G(): int
    reads this
  {
    x
  }
}

// CHECK-EXIT: 4
// CHECK: neg_trait_generic_self.dfy(24,4): Error: a postcondition could not be proved on this return path
// CHECK: neg_trait_generic_self.dfy(22,16): Related location: this is the postcondition that could not be proved
// CHECK: neg_trait_generic_self.dfy(26,11): Error: the function must provide an equal or more detailed postcondition than in its parent trait
// CHECK: neg_trait_generic_self.dfy(38,4): Error: a postcondition could not be proved on this return path
// CHECK: neg_trait_generic_self.dfy(36,16): Related location: this is the postcondition that could not be proved
// CHECK: neg_trait_generic_self.dfy(40,11): Error: the function must provide an equal or more detailed postcondition than in its parent trait
// CHECK:
// (Dafny counts 6 verified: one task more than dfyc's for the same errors.)
// CHECK: Dafny program verifier finished with 5 verified, 4 errors
