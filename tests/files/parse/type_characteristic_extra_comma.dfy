// RUN: resolve --show-snippets false
type T(==,)

// CHECK-EXIT: 2
// CHECK: type_characteristic_extra_comma.dfy(2,10): Error: extra comma or missing type characteristic: should be one of == or 0 or 00 or !new
// CHECK: 1 parse errors detected in type_characteristic_extra_comma.dfy
