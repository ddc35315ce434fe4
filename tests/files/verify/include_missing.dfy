// RUN: verify --show-snippets false
// An include that cannot be read is a parse error at its path.
include "include/no_such_file.dfy"

method M() {
}

// CHECK-EXIT: 2
// CHECK: include_missing.dfy(3,8): Error: file include/no_such_file.dfy not found
// CHECK: 1 parse errors detected in include_missing.dfy
