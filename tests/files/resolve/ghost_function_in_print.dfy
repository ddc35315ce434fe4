// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
ghost function G(): int { 1 }
method M() {
  print G();
}

// CHECK-EXIT: 2
// CHECK: ghost_function_in_print.dfy(5,9): Error: a call to a ghost function is allowed only in specification contexts (consider declaring the function without the 'ghost' keyword)
// CHECK: 1 resolution/type errors detected in ghost_function_in_print.dfy
