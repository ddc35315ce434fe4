// Bench (bounded newtypes), hand-written: 4,000,000 binary searches in 1,000,000 uint32s.
#include <cstdint>
#include <iostream>
#include <vector>

static bool Search(const std::vector<uint32_t>& a, uint32_t key) {
  int64_t lo = 0, hi = static_cast<int64_t>(a.size());
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    if (a[mid] < key) {
      lo = mid + 1;
    } else if (a[mid] > key) {
      hi = mid;
    } else {
      return true;
    }
  }
  return false;
}

int main() {
  const int64_t n = 1000000;
  std::vector<uint32_t> a(n);
  for (int64_t i = 0; i < n; ++i) a[i] = static_cast<uint32_t>(3 * i);
  int64_t x = 7, found = 0;
  for (int64_t q = 0; q < 4000000; ++q) {
    x = (x * 1103515245 + 12345) % 2147483648;
    if (Search(a, static_cast<uint32_t>(x % 3000000))) ++found;
  }
  std::cout << found << "\n";
}
