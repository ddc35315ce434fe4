// RUN: resolve --show-snippets false
method Main() {
  var b: bool := 3;
  print b, "\n";
}

// CHECK-EXIT: 2
// CHECK: var_decl_type_mismatch.dfy(3,14): Error: RHS (of type int) not assignable to LHS (of type bool)
// CHECK: 1 resolution/type errors detected in var_decl_type_mismatch.dfy
