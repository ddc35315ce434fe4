// RUN: run --no-verify --allow-warnings --show-snippets false
// `if x :| p { } else { }` searches the bounded domain of x for a value that satisfies p.
// Expected output recorded from Dafny 4.11: dafny run --no-verify binding_if.dfy.
method Main() {
  var a := [5, 3, 8, 1];
  if i, j :| 0 <= i < j < |a| && a[i] > a[j] {
    print "inversion ", i, " ", j, "\n";
  } else {
    print "sorted\n";
  }
  var b := [1, 2, 3];
  if i :| 0 <= i < |b| - 1 && b[i] > b[i + 1] {
    print "inversion at ", i, "\n";
  } else {
    print "sorted\n";
  }
  var s := {7};
  if x :| x in s { print x, "\n"; }
  if x :| x in s && x > 7 { print x, "\n"; } else if |s| == 1 { print "one\n"; }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: inversion 0 1
// CHECK: sorted
// CHECK: 7
// CHECK: one
