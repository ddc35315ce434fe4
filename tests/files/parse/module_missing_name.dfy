// RUN: resolve --show-snippets false
module {
}

// CHECK-EXIT: 2
// CHECK: module_missing_name.dfy(2,7): Error: invalid Ident
// CHECK: 1 parse errors detected in module_missing_name.dfy
