// RUN: resolve --show-snippets false
method M<T(x)>() {
}

// CHECK-EXIT: 2
// CHECK: type_characteristic_illegal.dfy(2,11): Error: illegal type characteristic: 'x' should be one of == or 0 or 00 or !new
// CHECK: 1 parse errors detected in type_characteristic_illegal.dfy
