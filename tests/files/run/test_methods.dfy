// RUN: test --no-verify --show-snippets false
// Expected output recorded from Dafny 4.11: dafny test --no-verify test_methods.dfy
module M {
  method {:test} InModule() {
    expect false, "in module";
  }
}

class C {
  static method {:test} Static() {
    print "static\n";
  }
}

method {:test} PassingTest() {
  var x := 2 + 2;
  expect x == 4;
  print "inside passing\n";
}

method {:test} FailingTest() {
  var s := [1, 2, 3];
  expect |s| == 4, "length is not 4";
}

method {:test} FailingNoMessage() {
  expect 1 > 2;
}

method {:test} AnotherPass() {
}

datatype Result = Success(value: int) | Failure(error: string) {
  predicate IsFailure() { this.Failure? }
  function PropagateFailure(): Result requires IsFailure() { this }
  function Extract(): int requires !IsFailure() { value }
}

method {:test} ReturnsFailure() returns (r: Result) {
  r := Failure("oops");
}

method {:test} ReturnsSuccess() returns (r: Result) {
  r := Success(3);
}

method Main() {
  print "Main is not run by dafny test\n";
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: M.InModule: FAILED
// CHECK: 	test_methods.dfy(5,4): in module
// CHECK: PassingTest: inside passing
// CHECK: PASSED
// CHECK: FailingTest: FAILED
// CHECK: 	test_methods.dfy(23,2): length is not 4
// CHECK: FailingNoMessage: FAILED
// CHECK: 	test_methods.dfy(27,2): expectation violation
// CHECK: AnotherPass: PASSED
// CHECK: ReturnsFailure: FAILED
// CHECK: 	Result.Failure("oops")
// CHECK: ReturnsSuccess: PASSED
// CHECK: C.Static: static
// CHECK: PASSED
// CHECK: [Program halted] test_methods.dfy(3,0): Test failures occurred: see above.
// CHECK:
