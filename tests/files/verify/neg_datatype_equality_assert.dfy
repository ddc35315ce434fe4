// RUN: verify --show-snippets false
// Two datatype values with different fields are asserted equal.
datatype Point = Point(x: int, y: int)
method M() {
  var p := Point(1, 2);
  var q := p.(y := 3);
  assert p.x == q.x;
  assert p == q;
}

// CHECK-EXIT: 4
// CHECK: neg_datatype_equality_assert.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
