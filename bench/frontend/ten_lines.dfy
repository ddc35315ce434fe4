// Ten lines: the whole-process cost of `dfyc resolve` on a small file (bench/README.md).
function Fib(n: nat): nat {
  if n < 2 then n else Fib(n - 1) + Fib(n - 2)
}
method Main() {
  var xs := [1, 2, 3];
  var sum := 0;
  for i := 0 to |xs| { sum := sum + xs[i]; }
  print Fib(10), " ", sum, "\n";
}
