// RUN: run --no-verify --allow-warnings --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings assign_or_return.dfy (it
// verifies there; dfyc does not verify ':-' yet).
// `:-` (statements, expressions, `:- expect`, `:- assert`) on failure-compatible types:
// datatypes with a generic PropagateFailure<U>, one without, a class, and `by method` bodies.
module Wrappers {
  datatype Option<+T> = None | Some(value: T) {
    predicate IsFailure() { None? }
    function PropagateFailure<U>(): Option<U> requires None? { None }
    function Extract(): T requires Some? { value }
  }
  datatype Result<+R, +E> = Success(value: R) | Failure(error: E) {
    predicate IsFailure() { Failure? }
    function PropagateFailure<U>(): Result<U, E> requires Failure? { Failure(error) }
    function Extract(): R requires Success? { value }
  }
  datatype Outcome<+E> = Pass | Fail(error: E) {
    predicate IsFailure() { Fail? }
    function PropagateFailure<U>(): Result<U, E> requires Fail? { Failure(this.error) }
  }
  function Need<E>(condition: bool, error: E): Outcome<E> {
    if condition then Pass else Fail(error)
  }
}

import opened Wrappers

datatype Status = Ok | Bad(msg: string) {
  predicate IsFailure() { Bad? }
  function PropagateFailure(): Status requires Bad? { this }
}

class Box {
  var failed: bool
  constructor (f: bool) { failed := f; }
  predicate IsFailure() reads this { failed }
  function PropagateFailure(): Status reads this { Bad("box") }
  function Extract(): int reads this { 7 }
}

method Check(n: int) returns (s: Status) {
  if n < 0 { return Bad("negative"); }
  return Ok;
}

method CheckAll(xs: seq<int>) returns (s: Status) {
  var i := 0;
  while i < |xs| {
    :- Check(xs[i]);
    i := i + 1;
  }
  print "all ok\n";
  return Ok;
}

function Half(n: int): Option<int> {
  if n % 2 == 0 then Some(n / 2) else None
}

function Quarter(n: int): Option<int> {
  var h :- Half(n);
  var q :- Half(h);
  Some(q)
}

function Sum(xs: seq<int>): Result<int, string> {
  if xs == [] then Success(0)
  else
    var rest :- Sum(xs[1..]);
    :- Need(xs[0] >= 0, "negative element");
    Success(xs[0] + rest)
}

function Describe(n: int): string {
  var r := (var h :- Half(n); Some(h + 1));
  if r.Some? then "some" else "none"
}

method BoxUser(b: Box) returns (s: Status) {
  var x :- b;
  print "extracted ", x, "\n";
  return Ok;
}

function ByMethod(n: int): Option<int> {
  Half(n)
} by method {
  var h :- Half(n);
  return Some(h);
}

method Main() {
  var s := CheckAll([1, 2, 3]);
  print s, "\n";
  s := CheckAll([1, -2, 3]);
  print s, "\n";
  print Quarter(8), " ", Quarter(6), " ", Quarter(3), "\n";
  print Sum([1, 2, 3]), " ", Sum([1, -2, 3]), "\n";
  print Describe(4), " ", Describe(5), "\n";
  var b := new Box(false);
  s := BoxUser(b);
  print s, "\n";
  b.failed := true;
  s := BoxUser(b);
  print s, "\n";
  print ByMethod(10), ByMethod(3), "\n";
  var t :- assert Half(4);
  print t, "\n";
  var u: Option<int> := None;
  var z :- expect u;
  print z, "\n";
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: all ok
// CHECK: Status.Ok
// CHECK: Status.Bad("negative")
// CHECK: Wrappers.Option.Some(2) Wrappers.Option.None Wrappers.Option.None
// CHECK: Wrappers.Result.Success(6) Wrappers.Result.Failure(['n', 'e', 'g', 'a', 't', 'i', 'v', 'e', ' ', 'e', 'l', 'e', 'm', 'e', 'n', 't'])
// CHECK: some none
// CHECK: extracted 7
// CHECK: Status.Ok
// CHECK: Status.Bad("box")
// CHECK: Wrappers.Option.Some(5)Wrappers.Option.None
// CHECK: 2
// CHECK: [Program halted] assign_or_return.dfy(110,11): Wrappers.Option.None
