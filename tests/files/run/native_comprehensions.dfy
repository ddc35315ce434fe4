// RUN: run --no-verify --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --no-verify native_comprehensions.dfy
// Quantifiers, comprehensions and :| whose bound variables are native integers.
newtype u8 = x: int | 0 <= x < 256
newtype i16 = x: int | -0x8000 <= x < 0x8000

predicate Small(i: u8) { i as int < 256 }
function Square(j: i16): int { j as int * j as int }

method Main() {
  var all := forall i: u8 :: 0 <= i <= 255 ==> Small(i);
  var some := exists j: i16 :: -5 <= j < 5 && Square(j) == 16;
  print all, " ", some, "\n";
  var evens := set x: u8 | 250 <= x && x % 2 == 0;
  print evens, "\n";
  var squares := map k: i16 | -3 <= k <= 3 :: k * k;
  print squares, "\n";
  var w: u8 :| 10 <= w < 11;
  print w, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: true true
// CHECK: {250, 252, 254}
// CHECK: map[-3 := 9, -2 := 4, -1 := 1, 0 := 0, 1 := 1, 2 := 4, 3 := 9]
// CHECK: 10
