// RUN: run --standard-libraries true
// Std.Math from a user program: Min, Max, their three-argument forms and Abs, compiled and in
// proofs. Expected output recorded from Dafny 4.11 (`dafny run --standard-libraries true`, with
// Dafny's own standard library), which verifies the program first; dfyc verifies it with its
// library in library mode.
import opened Std.Math

lemma MinMaxBounds(a: int, b: int)
  ensures Min(a, b) <= a && Min(a, b) <= b
  ensures Max(a, b) >= a && Max(a, b) >= b
  ensures Min(a, b) + Max(a, b) == a + b
{}

lemma AbsTriangle(a: int, b: int)
  ensures Abs(a + b) <= Abs(a) + Abs(b)
  ensures Abs(-a) == Abs(a) >= 0
{}

method Main() {
  print Min(3, -4), " ", Max(3, -4), " ", Min3(5, 2, 8), " ", Max3(5, 2, 8), "\n";
  print Abs(-17), " ", Abs(17), " ", Abs(0), " ", Min(7, 7), " ", Max3(-1, -1, -2), "\n";
  var xs := [4, -9, 2];
  var m := Max3(xs[0], xs[1], xs[2]);
  assert m == 4;
  print m, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 0 errors
// CHECK: -4 3 2 8
// CHECK: 17 17 0 7 -1
// CHECK: 4
