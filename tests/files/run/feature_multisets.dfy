// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Multisets (and assign-such-that over one).
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_multisets.dfy (it verifies there).
method Main() {
  var m := multiset{1, 1, 2, 3};
  var n := multiset([3, 3, 4]);
  print |m|, " ", m[1], " ", m[5], "\n";
  print m + n, "\n";
  print m * n, " ", m - multiset{1}, "\n";
  print m[2 := 5], "\n";
  print 1 in m, " ", 4 !in m, " ", multiset{1} <= m, " ", m == multiset{3, 2, 1, 1}, "\n";
  print multiset({7, 8}), " ", multiset("hello"), "\n";
  var s := 0;
  var rest := m;
  while rest != multiset{}
    decreases |rest|
  {
    var x :| x in rest;
    s := s + x;
    rest := rest - multiset{x};
  }
  print s, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 4 2 0
// CHECK: multiset{1, 1, 2, 3, 3, 3, 4}
// CHECK: multiset{3} multiset{1, 2, 3}
// CHECK: multiset{1, 1, 2, 2, 2, 2, 2, 3}
// CHECK: true true true true
// CHECK: multiset{7, 8} multiset{'e', 'h', 'l', 'l', 'o'}
// CHECK: 7
