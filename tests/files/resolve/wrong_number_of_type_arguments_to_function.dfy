// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function Id<T>(x: T): T { x }
method M() returns (r: int) {
  r := Id<int, int>(1);
}

// CHECK-EXIT: 2
// CHECK: wrong_number_of_type_arguments_to_function.dfy(5,7): Error: function 'Id' expects 1 type argument (got 2)
// CHECK: 1 resolution/type errors detected in wrong_number_of_type_arguments_to_function.dfy
