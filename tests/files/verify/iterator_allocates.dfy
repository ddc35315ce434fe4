// RUN: verify --allow-warnings --show-snippets false
// An object the iterator allocates joins _new, which a yield keeps. Dafny 4.11 verifies it
// (2 verified).
class C { var f: int }
iterator A() yields (c: C?)
{
  var o := new C;
  o.f := 1;
  yield o;
  assert o.f == 1;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
