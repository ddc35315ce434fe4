// RUN: test --no-verify --coverage-report %t --no-timestamp-for-coverage-report
// Execution coverage (`dfyc test --coverage-report`): the report marks each line with a
// branch of the compiled program as Dafny 4.11 marks it (fc: ran, nc: did not, pc: both on
// one line). The marks below are those of Dafny 4.11's report for this file.
datatype Color = Red | Green | Blue
datatype Result = Ok(v: int) | Err(msg: string) {
  predicate IsFailure() { Err? }
  function PropagateFailure(): Result requires Err? { this }
  function Extract(): int requires Ok? { v }
}

function Abs(x: int): int {
  if x < 0 then -x else x
}

function Name(c: Color): string {
  match c
  case Red => "red"
  case Green => "green"
  case Blue => "blue"
}

function Pick(x: int): int {
  var y := (var z := x; if z > 0 then 1 else 2);  // not a branch: a let outside the result
  y + (match x case 0 => 10 case _ => 20)
}

function Sign(x: int): int
{
  if x < 0 then -1
  else if x == 0 then 0
  else 1
}

method Classify(x: int) returns (s: string) {
  if x < 0 {
    s := "neg";
  } else if x == 0 {
    s := "zero";
  } else {
    s := "pos";
  }
}

method Loop(n: nat) returns (t: nat)
{
  t := 0;
  var i := 0;
  while i < n
    invariant i <= n
  {
    t := t + i;
    i := i + 1;
  }
  for j := 0 to n { t := t + 0; }  // not a branch
}

method Cases(x: int) returns (r: int) {
  if {
    case x <= 0 => r := 0;
    case x > 0 => r := 1;
  }
  match r {
    case 0 => r := r + 1;
    case _ => r := r + 2;
  }
}

method Never(b: bool) returns (r: bool) {
  r := b && !b;  // short-circuit operators are not branches
  if r { print "never\n"; }
}

module Inner {
  method {:test} InnerTest() {
    var x := 3;
    if x > 2 {
      print "inner ";
    }
  }
}

method {:test} TestOne() {
  var a := Abs(-3);
  expect a == 3;
  var n := Name(Green);
  expect n == "green";
  var s := Classify(5);
  expect s == "pos";
  var t := Loop(3);
  expect t == 3;
  var c := Cases(1);
  expect c == 3;
  expect Pick(0) == 12;
  expect Sign(0) == 0;
}

method {:test} TestResult() returns (r: Result) {
  r := Ok(1);
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: Inner.InnerTest: inner PASSED
// CHECK: TestOne: PASSED
// CHECK: TestResult: PASSED
// CHECK: == coverage_report.dfy_tests_actual.html
// CHECK: 1:1 na // RUN: test --no-verify --coverage-report %t --no-timestamp-for-coverage-report
// CHECK: 5:1 pc datatype Color = Red | Green | Blue
// CHECK: 6:1 na datatype Result = Ok(v: int) | Err(msg: string) {
// CHECK: 7:1 fc predicate IsFailure() { Err? }
// CHECK: 8:1 nc function PropagateFailure(): Result requires Err? { this }
// CHECK: 10:1 na }
// CHECK: 13:1 pc if x < 0 then -x else x
// CHECK: 14:1 na }
// CHECK: 17:1 fc match c
// CHECK: 18:1 nc case Red => "red"
// CHECK: 19:1 fc case Green => "green"
// CHECK: 20:1 nc case Blue => "blue"
// CHECK: 21:1 na }
// CHECK: 24:1 fc var y := (var z := x; if z > 0 then 1 else 2);  // not a branch: a let outside the result
// CHECK: 25:1 pc y + (match x case 0 => 10 case _ => 20)
// CHECK: 26:1 na }
// CHECK: 30:1 pc if x < 0 then -1
// CHECK: 32:1 na else 1
// CHECK: 35:1 fc method Classify(x: int) returns (s: string) {
// CHECK: 36:1 nc if x < 0 {
// CHECK: 37:1 na s := "neg";
// CHECK: 38:1 nc } else if x == 0 {
// CHECK: 39:1 na s := "zero";
// CHECK: 40:1 fc } else {
// CHECK: 41:1 na s := "pos";
// CHECK: 46:1 fc {
// CHECK: 47:1 na t := 0;
// CHECK: 51:1 fc {
// CHECK: 52:1 na t := t + i;
// CHECK: 58:1 fc method Cases(x: int) returns (r: int) {
// CHECK: 59:1 na if {
// CHECK: 60:1 nc case x <= 0 => r := 0;
// CHECK: 61:1 fc case x > 0 => r := 1;
// CHECK: 62:1 na }
// CHECK: 64:1 nc case 0 => r := r + 1;
// CHECK: 65:1 fc case _ => r := r + 2;
// CHECK: 66:1 na }
// CHECK: 69:1 nc method Never(b: bool) returns (r: bool) {
// CHECK: 70:1 na r := b && !b;  // short-circuit operators are not branches
// CHECK: 71:1 nc if r { print "never\n"; }
// CHECK: 72:1 na }
// CHECK: 75:1 fc method {:test} InnerTest() {
// CHECK: 76:1 na var x := 3;
// CHECK: 77:1 pc if x > 2 {
// CHECK: 78:1 na print "inner ";
// CHECK: 83:1 fc method {:test} TestOne() {
// CHECK: 84:1 na var a := Abs(-3);
// CHECK: 98:1 fc method {:test} TestResult() returns (r: Result) {
// CHECK: 99:1 na r := Ok(1);
// CHECK: == index_tests_actual.html
// CHECK: File | Module | Branches fully covered | Branches not covered | Branches partially covered
// CHECK: Total |  | 22 | 17 | 0
// CHECK: coverage_report.dfy | All modules | 22 | 17 | 0
// CHECK:  | Inner | 2 | 1 | 0
