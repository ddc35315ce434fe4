// RUN: resolve --show-snippets false
ghost function Sq(n: int): int { n * n }
method Main() {
  var x := Sq(4);
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: ghost_function_in_compiled_code.dfy(5,8): Error: ghost variables such as x are allowed only in specification contexts. x was inferred to be ghost based on its declaration or initialization.
// CHECK: 1 resolution/type errors detected in ghost_function_in_compiled_code.dfy
