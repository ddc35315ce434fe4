// RUN: resolve --show-snippets false
import opened

// CHECK-EXIT: 2
// CHECK: import_missing_name.dfy(7,0): Error: invalid ModuleImport
// CHECK: 1 parse errors detected in import_missing_name.dfy
