// RUN: run --show-snippets false
method Find(n: int) returns (found: bool, steps: int)
  ensures 0 <= steps <= 100
{
  steps := 0;
  var i := 0;
  while i < 100
    invariant 0 <= i <= 100 && steps == i
  {
    if i * i == n {
      return true, i;
    }
    i := i + 1;
    steps := steps + 1;
  }
  return false, steps;
}
method Main() {
  var f, s := Find(49);
  print f, " ", s, "\n";
  f, s := Find(50);
  print f, " ", s, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
// CHECK: true 7
// CHECK: false 100
