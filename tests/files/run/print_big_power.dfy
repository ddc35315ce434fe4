// RUN: run --show-snippets false
method Main() {
  var p := 1;
  var i := 0;
  while i < 100
    invariant 0 <= i <= 100
  {
    p := p * 2;
    i := i + 1;
  }
  print p, "\n";
  print -p * p, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
// CHECK: 1267650600228229401496703205376
// CHECK: -1606938044258990275541962092341162602522202993782792835301376
