// Bench (int), hand-written with GMP's C++ interface: fib(300000) and 20000!.
#include <gmpxx.h>

#include <iostream>

int main() {
  mpz_class a = 0, b = 1;
  for (int i = 0; i < 300000; ++i) {
    mpz_class next = a + b;
    a = std::move(b);
    b = std::move(next);
  }
  mpz_class f = 1;
  for (int i = 1; i <= 20000; ++i) f *= i;
  mpz_class p = 1000000007, q = 998244353;
  mpz_class r1 = a % p, r2 = f % p, r3 = (a * f) % q;
  std::cout << r1 << " " << r2 << " " << r3 << "\n";
}
