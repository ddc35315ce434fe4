// RUN: verify --show-snippets false
// A nullary constructor named through its module or its type (`W.None`, `W.Option.None`): the
// qualifiers are no values. Expected output is Dafny 4.11's.
module W { datatype Option<T> = None | Some(v: T) }
module U {
  import W
  function F(x: int): W.Option<int> { if x > 0 then W.Some(x) else W.None }
  lemma L() ensures F(0) == W.None && F(0) == W.Option.None {}
  lemma Wrong() ensures F(1) == W.Option.None {}
}

// CHECK-EXIT: 4
// CHECK: qualified_nullary_constructors.dfy(9,46): Error: a postcondition could not be proved on this return path
// CHECK: qualified_nullary_constructors.dfy(9,29): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
