// RUN: verify --show-snippets false
// Wrong `decreases to` and `nonincreases to` claims. Expected output recorded from Dafny 4.11
// (`dafny verify --show-snippets false`): each fails as an assertion, at the assert.
datatype List = Nil | Cons(head: int, tail: List)
class C {}
method M1(x: int) { assert x decreases to x + 1; }
method M2(x: int) { assert x decreases to x; }
method M3(x: int, y: int) { assert (x, y decreases to x, y + 1); }
method M4(s: seq<int>) { assert s decreases to s + [1]; }
method M5(t: set<int>) { assert t decreases to t; }
method M6(l: List) { assert l decreases to Cons(1, l); }
method M7(x: int) { assert (x, 0 decreases to x); }
method M8(x: int, y: int) { assert (x, y decreases to x, y, 0); }
method M9(x: int, s: seq<int>) { assert (x, 5 decreases to s, 4); }
method M10(x: int) { assert (x nonincreases to x + 1); }
method M11(x: int) { assert (decreases to); }
method M12(s: seq<int>, q: seq<bool>) { assert (s, 5 decreases to q, 4); }
method M13(s: seq<int>, q: seq<bool>) requires |q| <= |s| { assert (s, 5 nonincreases to q, 4); }
method M14(c: C?) { assert (c decreases to null); }
method M15(s: seq<int>, t: seq<int>) requires |s| == |t| { assert (s, 5 decreases to t, 4); }
method M16() { assert ((1, [1, 2]) decreases to [1, 2]); }
method M17(x: char) { assert x decreases to 'a'; }
method M18(x: int) { assert (x, 1 decreases to x, 1) || (x decreases to x); }

// CHECK-EXIT: 4
// CHECK: decreases_to_errors.dfy(6,20): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(7,20): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(8,28): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(9,25): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(10,25): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(11,21): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(12,20): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(14,33): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(15,21): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(16,21): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(17,40): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(18,60): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(19,20): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(20,59): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(21,15): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(22,22): Error: assertion might not hold
// CHECK: decreases_to_errors.dfy(23,21): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 17 errors
