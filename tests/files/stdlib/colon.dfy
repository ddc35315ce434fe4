// RUN: run --no-verify --standard-libraries true
// Std.Wrappers with ':-' (statements, expressions, Need, expect). Expected output recorded from
// Dafny 4.11 (`dafny run --no-verify --standard-libraries true`, with Dafny's own library); it
// is the same with dfyc's stdlib sources under Dafny.
import opened Std.Wrappers
import opened Std.Strings

function ParseAge(s: string): Result<nat, string> {
  :- Need(|s| > 0, "empty");
  :- Need(forall c | c in s :: DecimalConversion.IsDigitChar(c), "not a number: " + s);
  var n := ToNat(s);
  :- Need(n < 150, "too old: " + OfNat(n));
  Success(n)
}

method Twice(s: string) returns (r: Result<nat, string>) {
  var a :- ParseAge(s);
  return Success(2 * a);
}

method Main() {
  var r := Twice("42");
  if r.Success? { print r.value, "\n"; }
  r := Twice("4x2");
  if r.Failure? { print r.error, "\n"; }
  r := Twice("200");
  if r.Failure? { print r.error, "\n"; }
  var o: Option<int> := Some(1);
  var x :- expect o.ToResult("none");
  print x, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 84
// CHECK: not a number: 4x2
// CHECK: too old: 200
// CHECK: 1
