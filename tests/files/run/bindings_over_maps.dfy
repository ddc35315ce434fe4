// RUN: run
// Expected output recorded from Dafny 4.11: 'x <- m' over a map ranges over its keys, over a
// multiset over its elements, in quantifiers and comprehensions.
method Main() {
  var m := map[1 := 10, 2 := 20, 3 := 30];
  var s := set x <- m | m[x] > 10 :: x * 2;
  print s, "\n";
  print forall k <- m :: m[k] >= 10, " ", exists k <- m :: k == 4, "\n";
  var t := map x <- m :: x := m[x] + 1;
  print t, "\n";
  Multi();
}
method Multi() {
  var ms := multiset{1, 1, 2};
  print set x <- ms :: x + 1, " ", forall x <- ms :: x > 0, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
// CHECK: {4, 6}
// CHECK: true false
// CHECK: map[1 := 11, 2 := 21, 3 := 31]
// CHECK: {2, 3} true
