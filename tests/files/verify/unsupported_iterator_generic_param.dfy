// RUN: verify --allow-warnings --show-snippets false
// A generic iterator whose in-parameter has a type that depends on its type parameter: dfyc
// says it cannot verify it yet (Dafny 4.11 verifies it: 3 verified).
iterator Each<T(0)>(s: seq<T>) yields (x: T)
  yield ensures |xs| <= |s| && x == s[|xs| - 1]
  ensures xs == s
{
  var i := 0;
  while i < |s|
    invariant i <= |s| && xs == s[..i]
  {
    x := s[i];
    yield;
    i := i + 1;
  }
}

// CHECK-EXIT: 2
// CHECK: unsupported_iterator_generic_param.dfy(5,25): Error: dfyc cannot verify in-parameters of generic iterators whose types depend on the type parameters yet
// CHECK: 1 resolution/type errors detected in unsupported_iterator_generic_param.dfy
