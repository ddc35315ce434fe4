// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype Box<T> = Box(t: T)
method M() {
  var b: Box<int, bool>;
}

// CHECK-EXIT: 2
// CHECK: type_argument_count_user_type.dfy(5,9): Error: Wrong number of type arguments (2 instead of 1) passed to datatype: Box
// CHECK: 1 resolution/type errors detected in type_argument_count_user_type.dfy
