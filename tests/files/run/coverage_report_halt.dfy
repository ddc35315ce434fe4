// RUN: run --no-verify --coverage-report %t --no-timestamp-for-coverage-report
// A program that halts writes no coverage report, as in Dafny 4.11.
method Main() {
  var x := 1;
  if x > 0 { print "halting\n"; }
  expect x < 0, "stop";
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: halting
// CHECK: [Program halted] coverage_report_halt.dfy(6,2): stop
