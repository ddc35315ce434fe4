// RUN: run --show-snippets false
method Show(a: int, b: int)
  requires b != 0
{
  print a, " / ", b, " = ", a / b, ", ", a, " % ", b, " = ", a % b, "\n";
}
method Main() {
  Show(13, 4);
  Show(-13, 4);
  Show(13, -4);
  Show(-13, -4);
  Show(-12, 4);
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
// CHECK: 13 / 4 = 3, 13 % 4 = 1
// CHECK: -13 / 4 = -4, -13 % 4 = 3
// CHECK: 13 / -4 = -3, 13 % -4 = 1
// CHECK: -13 / -4 = 4, -13 % -4 = 3
// CHECK: -12 / 4 = -3, -12 % 4 = 0
