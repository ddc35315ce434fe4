// Bench (int), hand-written: a map and a set updated 3,000,000 times, then queried.
#include <cstdint>
#include <iostream>
#include <unordered_map>
#include <unordered_set>

int main() {
  std::unordered_map<int64_t, int64_t> m;
  std::unordered_set<int64_t> s;
  int64_t x = 1;
  for (int i = 0; i < 3000000; ++i) {
    x = (x * 1103515245 + 12345) % 2147483648;
    int64_t k = x % 50000;
    ++m[k];
    if (x % 3 == 0) s.insert(k);
  }
  int64_t total = 0, both = 0;
  for (int64_t k = 0; k < 50000; ++k) {
    auto it = m.find(k);
    if (it != m.end()) {
      total += it->second * k;
      if (s.count(k)) ++both;
    }
  }
  std::cout << m.size() << " " << s.size() << " " << total << " " << both << "\n";
}
