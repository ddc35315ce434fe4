// RUN: verify --show-snippets false
// A discriminator assertion that does not hold for every value.
datatype Option = None | Some(value: int)
method M(o: Option) {
  if o.Some? && o.value > 0 {
    assert o.value >= 0;
  }
  assert o.Some?;
}

// CHECK-EXIT: 4
// CHECK: neg_datatype_assertion.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
