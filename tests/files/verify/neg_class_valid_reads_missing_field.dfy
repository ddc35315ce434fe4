// RUN: verify --show-snippets false --allow-warnings
// A Valid predicate reads a field of an owned array without declaring it.
class Buf {
  var arr: array<int>
  predicate Valid()
    reads this
  {
    arr.Length > 0 && arr[0] == 0
  }
}

// CHECK-EXIT: 4
// CHECK: neg_class_valid_reads_missing_field.dfy(8,25): Error: insufficient reads clause to read array element; Consider adding 'reads arr' in the enclosing predicate specification for resolution
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
