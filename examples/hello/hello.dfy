// The first example: a verified function and method, compiled to C++ and run.

// Euclid's algorithm on natural numbers.
function Gcd(a: nat, b: nat): nat
  decreases b
{
  if b == 0 then a else Gcd(b, a % b)
}

// The sum 0 + 1 + ... + n, computed by a loop and proved equal to the closed form.
method SumUpTo(n: nat) returns (s: nat)
  ensures s == n * (n + 1) / 2
{
  s := 0;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant s == i * (i + 1) / 2
  {
    i := i + 1;
    s := s + i;
  }
}

method Main() {
  print "Hello, Dafny from C++!\n";
  var s := SumUpTo(100);
  print "sum of 0..100 = ", s, "\n";
  print "gcd(1071, 462) = ", Gcd(1071, 462), "\n";
  var big := 1;
  var k := 0;
  while k < 100
    invariant 0 <= k <= 100
  {
    big := big * 2;
    k := k + 1;
  }
  print "2^100 = ", big, "\n";
  print "-7 / 2 = ", -7 / 2, ", -7 % 2 = ", -7 % 2, "\n";
}
