// Bench (int): big-number arithmetic: fib(300000) by iteration and 20000! by products.
method Main() {
  var a, b := 0, 1;
  var i := 0;
  while i < 300000 {
    a, b := b, a + b;
    i := i + 1;
  }
  var f := 1;
  i := 1;
  while i <= 20000 {
    f := f * i;
    i := i + 1;
  }
  print a % 1000000007, " ", f % 1000000007, " ", (a * f) % 998244353, "\n";
}
