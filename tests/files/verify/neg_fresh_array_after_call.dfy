// RUN: verify --show-snippets false
// An array returned by a method that does not promise freshness may alias.
method Make() returns (a: array<int>)
  ensures a.Length == 1
{
  a := new int[1];
}
method M(b: array<int>)
  requires b.Length == 1
  modifies b
{
  var a := Make();
  a[0] := 5;
}

// CHECK-EXIT: 4
// CHECK: neg_fresh_array_after_call.dfy(13,3): Error: assignment might update an array element not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
