// RUN: resolve --show-snippets false
method M(x: int) {
  var y := x as ;
}

// CHECK-EXIT: 2
// CHECK: as_missing_type.dfy(3,16): Error: invalid TypeAndToken
// CHECK: 1 parse errors detected in as_missing_type.dfy
