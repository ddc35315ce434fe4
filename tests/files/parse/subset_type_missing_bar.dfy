// RUN: resolve --show-snippets false
type S = x: int x > 0

// CHECK-EXIT: 2
// CHECK: subset_type_missing_bar.dfy(2,16): Error: verticalbar expected
// CHECK: 1 parse errors detected in subset_type_missing_bar.dfy
