// Arithmetic that dfyc proves correct and main.cpp calls from C++.

// Euclid's algorithm on natural numbers.
function Gcd(a: nat, b: nat): nat
  decreases b
{
  if b == 0 then a else Gcd(b, a % b)
}

// The definition of n!, used by the proof of Factorial below.
function Fact(n: nat): nat
{
  if n == 0 then 1 else n * Fact(n - 1)
}

// n! by a loop, proved equal to the definition.
method Factorial(n: nat) returns (f: nat)
  ensures f == Fact(n)
{
  f := 1;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant f == Fact(i)
  {
    i := i + 1;
    f := f * i;
  }
}

predicate IsEven(n: int)
{
  n % 2 == 0
}

// From dfyc's standard library (CMakeLists.txt passes --standard-libraries): Pow, and the lemma
// that it is positive.
import Std.Arithmetic.Power

function TwoTo(n: nat): (r: nat)
  ensures r > 0
{
  Power.LemmaPowPositive(2, n);
  Power.Pow(2, n)
}
