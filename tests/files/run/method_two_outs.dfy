// RUN: run --show-snippets false
method DivMod(a: int, b: int) returns (q: int, r: int)
  requires b != 0
  ensures a == b * q + r
{
  q := a / b;
  r := a % b;
}
method Main() {
  var q, r := DivMod(17, 5);
  print q, " ", r, "\n";
  q, r := DivMod(-17, 5);
  print q, " ", r, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
// CHECK: 3 2
// CHECK: -4 3
