// RUN: run --no-verify --show-snippets false
// Binding guards in alternative if statements (`case x :| P => S`): the case
// searches for x as `if x :| P` does, and the cases after it are tried when none is found.
// Expected output checked against Dafny 4.11
// (`dafny run --no-verify`).
datatype T = A(x: int) | B(y: int)

method Classify(s: seq<T>) {
  if
  case |s| == 0 => print "empty\n";
  case t :| t in s && t.A? && t.x > 5 => print "big A ", t, "\n";
  case t, u :| t in s && u in s && t.B? && u.B? && t.y < u.y => print "B pair ", t, " ", u, "\n";
  case |s| > 0 => print "other ", |s|, "\n";
}

method Main() {
  Classify([]);
  Classify([A(1), A(7)]);
  Classify([B(3), A(2), B(1)]);
  Classify([A(2)]);
  var left := {1, 2, 3, 4};
  while left != {}
    decreases |left|
  {
    if
    case x :| x in left && x % 2 == 1 =>
      print "odd ", x, "\n";
      left := left - {x};
    case true =>
      var y :| y in left;
      print "even ", y, "\n";
      left := left - {y};
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: empty
// CHECK: big A T.A(7)
// CHECK: B pair T.B(1) T.B(3)
// CHECK: other 1
// CHECK: odd 1
// CHECK: odd 3
// CHECK: even 2
// CHECK: even 4
