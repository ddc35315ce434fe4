// RUN: verify --show-snippets false
// The modifies clause names a different array than the one written.
method Copy(src: array<int>, dst: array<int>)
  requires src.Length == dst.Length
  modifies src
{
  var i := 0;
  while i < src.Length
    invariant 0 <= i <= src.Length
  {
    dst[i] := src[i];
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_modifies_wrong_object.dfy(11,7): Error: assignment might update an array element not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
