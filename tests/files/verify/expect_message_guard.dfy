// RUN: verify --show-snippets false
// An expect's message is evaluated only when the expectation fails, so it is well formed under
// the expectation's negation (`expect r.Ok?, r.error`). Expected output is Dafny 4.11's.
datatype R = Ok(v: int) | Err(error: string)
method Check(r: R) {
  expect r.Ok?, "failed: " + r.error;
  print r.v, "\n";
}
method Wrong(r: R) {
  expect r.Err?, "value " + r.error;
}

// CHECK-EXIT: 4
// CHECK: expect_message_guard.dfy(10,30): Error: destructor 'error' can only be applied to datatype values constructed by 'Err'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
