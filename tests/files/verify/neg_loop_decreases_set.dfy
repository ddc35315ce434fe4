// RUN: verify --show-snippets false
// A loop whose decreases clause is a set that does not shrink on every path.
method M(s: set<int>) {
  var t := s;
  while t != {}
    decreases t
  {
    var x :| x in t;
    if x > 0 {
      t := t - {x};
    }
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_decreases_set.dfy(5,2): Error: decreases expression might not decrease
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
