// RUN: run --show-snippets false
function Fib(n: nat): nat
{
  if n < 2 then n else Fib(n - 1) + Fib(n - 2)
}
method Main() {
  var i := 0;
  while i <= 10 {
    print Fib(i), " ";
    i := i + 1;
  }
  print "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
// CHECK: 0 1 1 2 3 5 8 13 21 34 55 
