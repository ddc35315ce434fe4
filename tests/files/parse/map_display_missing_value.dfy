// RUN: resolve --show-snippets false
method M() {
  var m := map[1 := ];
}

// CHECK-EXIT: 2
// CHECK: map_display_missing_value.dfy(3,20): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in map_display_missing_value.dfy
