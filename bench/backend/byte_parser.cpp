// Bench (bounded newtypes), hand-written: 8 MB of (tag, length, payload) records, parsed 40
// times.
#include <array>
#include <cstdint>
#include <iostream>
#include <span>
#include <vector>

static std::vector<uint8_t> Build(int64_t size) {
  std::vector<uint8_t> a(size);
  int64_t x = 12345;
  for (int64_t i = 0; i + 34 <= size;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    int64_t len = x % 32;
    a[i] = static_cast<uint8_t>(x % 4);
    a[i + 1] = static_cast<uint8_t>(len);
    for (int64_t j = 0; j < len; ++j) a[i + 2 + j] = static_cast<uint8_t>((x + j * 7) % 256);
    i += 2 + len;
  }
  return a;
}

static int64_t Parse(std::span<const uint8_t> buf, std::array<int64_t, 4>& sums) {
  int64_t n = static_cast<int64_t>(buf.size()), records = 0;
  for (int64_t i = 0; i + 1 < n;) {
    int64_t tag = buf[i], len = buf[i + 1], sum = 0;
    for (int64_t j = 0; j < len && i + 2 + j < n; ++j) sum += buf[i + 2 + j];
    sums[tag] += sum;
    ++records;
    i += 2 + len;
  }
  return records;
}

int main() {
  std::vector<uint8_t> buf = Build(8000000);
  std::array<int64_t, 4> sums{};
  int64_t records = 0;
  for (int pass = 0; pass < 40; ++pass) records += Parse(buf, sums);
  std::cout << records << " " << sums[0] << " " << sums[1] << " " << sums[2] << " " << sums[3]
            << "\n";
}
