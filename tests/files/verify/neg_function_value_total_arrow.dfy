// RUN: verify --show-snippets false
// A partial lambda is stored in a variable of total arrow type.
method M() {
  var f: int -> int := (x: int) requires x >= 0 => x;
}

// CHECK-EXIT: 4
// CHECK: neg_function_value_total_arrow.dfy(4,23): Error: value does not satisfy the subset constraints of 'int -> int' (possible cause: it may be partial or have read effects)
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
