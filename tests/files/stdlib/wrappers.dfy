// RUN: run --no-verify --standard-libraries true
// Std.Wrappers: Option, Result, Outcome and their helpers. Expected output recorded from
// Dafny 4.11 (`dafny run --no-verify --standard-libraries true`, with Dafny's own library).
import opened Std.Wrappers

function Div(a: int, b: int): Result<int, string> {
  if b == 0 then Failure("division by zero") else Success(a / b)
}

function Find(xs: seq<int>, x: int, from: nat): Option<nat>
  decreases |xs| - from
{
  if from >= |xs| then None else if xs[from] == x then Some(from) else Find(xs, x, from + 1)
}

// What `var q :- Div(a, b); return Success(q + 1);` does, spelt out with the members `:-` uses.
method DivPlusOne(a: int, b: int) returns (r: Result<int, string>) {
  var q := Div(a, b);
  if q.IsFailure() {
    return q.PropagateFailure();
  }
  return Success(q.Extract() + 1);
}

method Main() {
  var r := Div(100, 7);
  print r.IsFailure(), " ", r.Extract(), " ", r.GetOr(-1), "\n";
  r := Div(1, 0);
  print r.IsFailure(), " ", r.error, " ", r.GetOr(-1), "\n";
  var p := DivPlusOne(9, 3);
  var p0 := DivPlusOne(9, 0);
  print p.value, " ", p0.Failure?, " ", p0.error, "\n";

  var o := Find([5, 6, 7], 7, 0);
  print o.Some?, " ", o.GetOr(99), " ", Find([5, 6, 7], 8, 0).GetOr(99), "\n";
  print o.ToResult("absent").Success?, " ", Find([], 1, 0).ToResult("absent").error, "\n";
  print r.ToOption().None?, " ", Div(8, 2).ToOption().value, "\n";
  print r.MapFailure((e: string) => |e|).error, "\n";

  // Outcome.Need(...) is left out: dfyc's resolver does not infer E there (stdlib/README.md).
  var pass: Outcome<string> := Pass;
  var fail: Outcome<string> := Fail("two is not less than one");
  print pass.IsFailure(), " ", fail.IsFailure(), " ", fail.error, "\n";
  print fail.ToResult(0).Failure?, " ", pass.ToOption(42).value, "\n";
  print Need(true, "e").IsFailure(), " ", Need(false, "e").IsFailure(), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: false 14 14
// CHECK: true division by zero -1
// CHECK: 4 true division by zero
// CHECK: true 2 99
// CHECK: true absent
// CHECK: true 4
// CHECK: 16
// CHECK: false true two is not less than one
// CHECK: true 42
// CHECK: false true
