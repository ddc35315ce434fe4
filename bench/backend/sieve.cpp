// Bench (bounded newtypes), hand-written: the sieve of Eratosthenes up to 50,000,000.
#include <cstdint>
#include <iostream>
#include <memory>

int main() {
  const int64_t n = 50000000;
  // A bool array, as Dafny's array<bool> (std::vector<bool> packs bits: see bench/README.md).
  auto composite = std::make_unique<bool[]>(n + 1);
  int64_t count = 0, sum = 0;
  for (int64_t p = 2; p <= n; ++p) {
    if (!composite[p]) {
      ++count;
      sum = (sum + p) % 1000000007;
      if (p <= n / p) {
        for (int64_t m = p * p; m <= n; m += p) composite[m] = true;
      }
    }
  }
  std::cout << count << " " << sum << "\n";
}
