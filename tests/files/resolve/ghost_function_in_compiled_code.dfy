// RUN: resolve --show-snippets false
ghost function Sq(n: int): int { n * n }
method Main() {
  var x := Sq(4);
  print x, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
