// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// A method with two outputs, the first failure-compatible: the second goes to the second
// left-hand side (as a declaration and as an assignment).
datatype Outcome = Pass(value: int) | Fail(msg: string) {
  predicate IsFailure() { Fail? }
  function PropagateFailure(): Outcome requires Fail? { Fail(msg) }
  function Extract(): int requires Pass? { value }
}
method Step(n: int) returns (r: Outcome, note: string) {
  r, note := if n < 0 then Fail("negative") else Pass(n), "ok";
}
method Twice(n: int) returns (r: Outcome) {
  var v, note :- Step(n);
  var w: int, note2: string;
  w, note2 :- Step(v);
  r := Pass(v + w);
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
