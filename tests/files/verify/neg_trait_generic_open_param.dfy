// RUN: verify --show-snippets false --allow-warnings
// A class whose type parameter its generic trait leaves open (E<T> extends Tr<int>): an
// object's trait function is the implementation at the object's own type argument only (the
// instantiation its static type names), not at every instantiation of E the program names
// (which would tie E<bool>'s fields to E<char>'s on one object, and prove before == 1 below).
// Expected errors are Dafny 4.11's (`dafny verify --show-snippets false`), positions and all.
trait Tr<X> {
  function Get(): X
    reads this
}

class E<T> extends Tr<int> {
  var count: int
  function Get(): int
    reads this
  {
    count
  }
}

method Q(x: E<bool>, y: E<char>)
  modifies x
{
  var t: Tr<int> := x;
  var u: Tr<int> := y;
  var before := t.Get();
  x.count := 1;
  assert t.Get() == 1 || t.Get() == before;
  assert before == 1;  // error
}

// CHECK-EXIT: 4
// CHECK: neg_trait_generic_open_param.dfy(29,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
