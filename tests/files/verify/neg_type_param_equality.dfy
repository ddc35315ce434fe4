// RUN: verify --show-snippets false
// A generic method with an equality-supporting type parameter; the claim is wrong.
method Dedup<T(==)>(s: seq<T>) returns (r: seq<T>)
  ensures |r| < |s|
{
  r := s;
}

// CHECK-EXIT: 4
// CHECK: neg_type_param_equality.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_type_param_equality.dfy(4,14): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
