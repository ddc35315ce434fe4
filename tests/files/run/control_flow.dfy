// RUN: run --show-snippets false
method Classify(n: int) returns (s: int)
  ensures -1 <= s <= 1
{
  if n < 0 {
    s := -1;
  } else if n == 0 {
    s := 0;
  } else {
    s := 1;
  }
}
method Main() {
  var a := Classify(-5);
  var b := Classify(0);
  var c := Classify(9);
  print a, " ", b, " ", c, "\n";
  var i := 0;
  while i < 5 {
    print i, if i % 2 == 0 then " even" else " odd", "\n";
    i := i + 1;
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
// CHECK: -1 0 1
// CHECK: 0 even
// CHECK: 1 odd
// CHECK: 2 even
// CHECK: 3 odd
// CHECK: 4 even
