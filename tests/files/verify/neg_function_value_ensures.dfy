// RUN: verify --show-snippets false
// An assertion about a lambda's result that is off by one.
method M() {
  var inc := x => x + 1;
  assert inc(1) == 2;
  assert inc(inc(1)) == 4;
}

// CHECK-EXIT: 4
// CHECK: neg_function_value_ensures.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
