// RUN: resolve --show-snippets false
// `assert ...;` must match an assertion or assumption of the refined body.
abstract module A {
  method M() returns (r: int) {
    r := 1;
    r := 2;
  }
}
module B refines A {
  method M...
  {
    assert ...;
  }
}

// CHECK-EXIT: 2
// CHECK: refine_assert_template.dfy(12,11): Warning: the ... refinement feature in statements is deprecated
// CHECK: refine_assert_template.dfy(12,4): Error: assert template does not match inherited statement
// CHECK: 1 resolution/type errors detected in refine_assert_template.dfy
