// RUN: run --show-snippets false
function Sq(n: int): int { n * n }
method Main() {
  var x := Sq(-12);
  expect x == 144;
  expect x > 0, "positive";
  print "ok ", x, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 0 errors
// CHECK: ok 144
