// RUN: verify --show-snippets false
// A function reads an array element without reads clause.
function FirstElem(a: array<int>): int
  requires a.Length > 0
{
  a[0]
}

// CHECK-EXIT: 4
// CHECK: neg_reads_array_element.dfy(6,3): Error: insufficient reads clause to read array element; Consider adding 'reads a' in the enclosing function specification for resolution
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
