// RUN: verify --show-snippets false
// A lambda stored as int -> nat may return a negative value.
method M() {
  var f: int -> nat := x => x - 1;
}

// CHECK-EXIT: 4
// CHECK: neg_function_value_nat_result.dfy(4,23): Error: value does not satisfy the subset constraints of 'int -> nat' (possible cause: it may be partial or have read effects)
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
