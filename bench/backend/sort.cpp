// Bench (int), hand-written: bottom-up merge sort of 3,000,000 pseudo-random ints.
#include <cstdint>
#include <iostream>
#include <vector>

int main() {
  std::vector<int64_t> a(3000000);
  int64_t x = 42;
  for (auto& v : a) {
    x = (x * 1103515245 + 12345) % 2147483648;
    v = x % 1000000;
  }
  size_t n = a.size();
  std::vector<int64_t> tmp(n);
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n;) {
      size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      size_t i = lo, j = mid;
      for (size_t k = lo; k < hi; ++k) {
        if (i < mid && (j >= hi || a[i] <= a[j])) {
          tmp[k] = a[i++];
        } else {
          tmp[k] = a[j++];
        }
      }
      lo = hi;
    }
    a = tmp;
  }
  bool sorted = true;
  int64_t check = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && a[i - 1] > a[i]) sorted = false;
    check = (check * 31 + a[i]) % 1000000007;
  }
  std::cout << (sorted ? "true" : "false") << " " << check << "\n";
}
