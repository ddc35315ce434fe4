// RUN: resolve --show-snippets false
method M(x: int) {
  var y := x.;
}

// CHECK-EXIT: 2
// CHECK: select_missing_member.dfy(3,13): Error: invalid Suffix
// CHECK: 1 parse errors detected in select_missing_member.dfy
