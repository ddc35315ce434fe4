// RUN: verify --show-snippets false --allow-warnings
// One object seen through two instantiations, one of them naming a type parameter (E<U> and
// E<int> in a method generic in U, which a caller may instantiate with int): a write through
// one view changes what the other reads. (dfyc keeps a heap part per instantiation; a write
// leaves the parts of the instantiations that may be the same type unknown at that object.)
// Expected errors are Dafny 4.11's (`dafny verify --show-snippets false`), positions and all.
class E<T> {
  var f: int
}

method Fields<U>(x: E<U>, y: E<int>, o: object)
  requires o == x && o == y
  modifies x, y
{
  x.f := 0;
  y.f := 5;
  assert x.f == 0;  // error
}

method FieldsThroughSet<U>(x: E<U>, y: E<int>, s: set<object>)
  requires x in s && y in s && |s| == 1
  modifies x, y
{
  x.f := 0;
  y.f := 5;
  assert x.f == 0;  // error
}

trait Tr<X> {
  var g: int
}

class C<T> extends Tr<T> {}

method TraitFields<U>(x: Tr<U>, y: C<int>, o: object)
  requires o == x && o == y
  modifies x, y
{
  x.g := 0;
  y.g := 5;
  assert x.g == 0;  // error
}

method Arrays<U>(x: array<U>, y: array<int>, o: object)
  requires o == x && o == y && x.Length > 0
  modifies x, y
{
  var v := x[0];
  y[0] := 5;
  assert x[0] == v;  // error
}

method Distinct(x: E<bool>, y: E<int>)
  modifies x, y
{
  x.f := 0;
  y.f := 5;
  assert x.f == 0;
}

// CHECK-EXIT: 4
// CHECK: neg_generic_alias.dfy(17,2): Error: assertion might not hold
// CHECK: neg_generic_alias.dfy(26,2): Error: assertion might not hold
// CHECK: neg_generic_alias.dfy(41,2): Error: assertion might not hold
// CHECK: neg_generic_alias.dfy(50,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 4 errors
