// RUN: resolve --show-snippets false
trait T extends {
}

// CHECK-EXIT: 2
// CHECK: trait_extends_missing_type.dfy(2,16): Error: invalid TypeAndToken
// CHECK: 1 parse errors detected in trait_extends_missing_type.dfy
