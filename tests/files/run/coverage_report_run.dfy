// RUN: run --no-verify --coverage-report %t --no-timestamp-for-coverage-report
// `dfyc run --coverage-report`: Main's branches, in two modules; as Dafny 4.11 marks them.
module A {
  function Twice(x: int): int { 2 * x }
  method Loop(n: nat) returns (s: nat) {
    s := 0;
    var i := 0;
    while i < n { s := s + Twice(i); i := i + 1; }
  }
}

module B {
  import A
  method Run(xs: seq<int>) {
    for i := 0 to |xs| {
      if xs[i] % 2 == 0 { print xs[i], " even\n"; } else { print xs[i], " odd\n"; }
    }
    var s := A.Loop(0);
    print s, "\n";
  }
}

method Main() {
  B.Run([1, 3]);
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 1 odd
// CHECK: 3 odd
// CHECK: 0
// CHECK: == coverage_report_run.dfy_tests_actual.html
// CHECK: 1:1 na // RUN: run --no-verify --coverage-report %t --no-timestamp-for-coverage-report
// CHECK: 4:1 nc function Twice(x: int): int { 2 * x }
// CHECK: 5:1 fc method Loop(n: nat) returns (s: nat) {
// CHECK: 6:1 na s := 0;
// CHECK: 8:1 nc while i < n { s := s + Twice(i); i := i + 1; }
// CHECK: 9:1 na }
// CHECK: 14:1 fc method Run(xs: seq<int>) {
// CHECK: 15:1 na for i := 0 to |xs| {
// CHECK: 16:1 pc if xs[i] % 2 == 0 { print xs[i], " even\n"; } else { print xs[i], " odd\n"; }
// CHECK: 17:1 na }
// CHECK: 23:1 fc method Main() {
// CHECK: 24:1 na B.Run([1, 3]);
// CHECK: == index_tests_actual.html
// CHECK: File | Module | Branches fully covered | Branches not covered | Branches partially covered
// CHECK: Total |  | 4 | 3 | 0
// CHECK: coverage_report_run.dfy | All modules | 4 | 3 | 0
// CHECK:  | A | 1 | 2 | 0
// CHECK:  | B | 2 | 1 | 0
