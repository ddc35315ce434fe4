// RUN: verify --show-snippets false --allow-warnings
// A predicate over an array's elements has no reads clause.
predicate AllZero(a: array<int>)
{
  forall i :: 0 <= i < a.Length ==> a[i] == 0
}

// CHECK-EXIT: 4
// CHECK: neg_function_reads_array_elements.dfy(5,37): Error: insufficient reads clause to read array element; Consider adding 'reads a' in the enclosing predicate specification for resolution
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
