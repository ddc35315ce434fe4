// RUN: resolve --show-snippets false
method M<T() {
}

// CHECK-EXIT: 2
// CHECK: type_params_unclosed.dfy(2,11): Error: extra comma or missing type characteristic: should be one of == or 0 or 00 or !new
// CHECK: 1 parse errors detected in type_params_unclosed.dfy
