// RUN: resolve --show-snippets false
class {
}

// CHECK-EXIT: 2
// CHECK: class_missing_name.dfy(2,6): Error: invalid Ident
// CHECK: 1 parse errors detected in class_missing_name.dfy
