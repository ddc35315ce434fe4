// RUN: verify --show-snippets false --allow-warnings
// `by method` bodies that compute their functions with loops, verified against them.
function Fib(n: nat): nat {
  if n < 2 then n else Fib(n - 1) + Fib(n - 2)
} by method {
  var a, b := 0, 1;
  for i := 0 to n
    invariant a == Fib(i) && b == Fib(i + 1)
  {
    a, b := b, a + b;
  }
  return a;
}

function SumTo(s: seq<int>): int {
  if |s| == 0 then 0 else SumTo(s[..|s| - 1]) + s[|s| - 1]
} by method {
  var total := 0;
  for i := 0 to |s|
    invariant total == SumTo(s[..i])
  {
    assert s[..i + 1][..i] == s[..i];
    total := total + s[i];
  }
  assert s[..|s|] == s;
  return total;
}

method Main() {
  assert Fib(5) == 5;
  var f := Fib(10);
  print f, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 0 errors
