// RUN: resolve --show-snippets false
// Skeleton statements belong to refining methods.
method M(x: int) {
  var y := x;
  ...;
}

// CHECK-EXIT: 2
// CHECK: skeleton_outside_refinement.dfy(5,5): Warning: the ... refinement feature in statements is deprecated
// CHECK: skeleton_outside_refinement.dfy(5,2): Error: skeleton statements are allowed only in refining methods
// CHECK: 1 resolution/type errors detected in skeleton_outside_refinement.dfy
