// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve): a literal's type is inferred, so
// Dafny finds that it does not fit only when it solves the method's type constraints, after
// the errors between known types; names it cannot resolve come first of all.
module A {
  datatype D = D0 | D1
}
module B {
  import A
  method P(d: A.D) {}
  method M<T>() {
    var x: A.D := 5;
    P(6);
    var e: T := 7;
    var g: real := 8;
    var y: int := true;
    var z := undefinedName;
    var i: set<int> := [1];
  }
}

// CHECK-EXIT: 2
// CHECK: literal_mismatch_reported_last.dfy(17,13): Error: unresolved identifier: undefinedName
// CHECK: literal_mismatch_reported_last.dfy(16,15): Error: RHS (of type bool) not assignable to LHS (of type int)
// CHECK: literal_mismatch_reported_last.dfy(18,20): Error: RHS (of type seq<int>) not assignable to LHS (of type set<int>)
// CHECK: literal_mismatch_reported_last.dfy(12,15): Error: RHS (of type int) not assignable to LHS (of type A.D)
// CHECK: literal_mismatch_reported_last.dfy(13,6): Error: incorrect argument type for method in-parameter 'd' (expected A.D, found int)
// CHECK: literal_mismatch_reported_last.dfy(14,13): Error: RHS (of type int) not assignable to LHS (of type T)
// CHECK: literal_mismatch_reported_last.dfy(15,16): Error: RHS (of type int) not assignable to LHS (of type real)
// CHECK: 7 resolution/type errors detected in literal_mismatch_reported_last.dfy
