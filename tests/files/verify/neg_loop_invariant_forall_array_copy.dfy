// RUN: verify --show-snippets false
// Copying one array into another; the invariant is stated about the wrong source index.
method Copy(src: array<int>, dst: array<int>)
  requires src.Length == dst.Length
  requires src != dst
  modifies dst
{
  var i := 0;
  while i < src.Length
    invariant 0 <= i <= src.Length
    invariant forall k :: 0 <= k < i ==> dst[k] == src[k + 1]
  {
    dst[i] := src[i];
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_invariant_forall_array_copy.dfy(11,14): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK: neg_loop_invariant_forall_array_copy.dfy(11,54): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
