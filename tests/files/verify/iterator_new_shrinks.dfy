// RUN: verify --show-snippets false
// An iterator's body may only shrink _new. Dafny 4.11's output.
class C {}
iterator Grow(c: C) yields (x: int)
{
  _new := _new + {c};
}
iterator Shrink(c: C) yields (x: int)
{
  _new := _new - {c};
}

// CHECK-EXIT: 4
// CHECK: iterator_new_shrinks.dfy(6,2): Error: an assignment to _new is only allowed to shrink the set
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
