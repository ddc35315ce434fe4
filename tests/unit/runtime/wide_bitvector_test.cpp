// Tests for runtime/include/dfy/wide_bitvector.h (bvN, N > 64) and Int::ToWords/FromWords:
// every operation on random values agrees with dfy::Int arithmetic modulo 2^N.
#include "dfy/wide_bitvector.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <sstream>
#include <string>

#include "dfy/int.h"
#include "dfy/print.h"

namespace dfy {
namespace {

// 2^n as an Int.
Int Pow2(unsigned n) {
  Int p(1);
  for (unsigned i = 0; i < n; ++i) {
    p = p * Int(2);
  }
  return p;
}

std::string Printed(const Int& x) {
  std::ostringstream out;
  Print(out, x);
  return out.str();
}

template <unsigned N>
std::string Printed(const Bv<N>& x) {
  std::ostringstream out;
  Print(out, x);
  return out.str();
}

// A random value in [0, 2^N), often with runs of zero or one bits (carries and borrows).
template <unsigned N>
Int RandomValue(std::mt19937_64& random) {
  Int x;
  for (unsigned i = 0; i < Bv<N>::kWords; ++i) {
    uint64_t word = random();
    switch (random() % 4) {
      case 0:
        word = 0;
        break;
      case 1:
        word = ~uint64_t{0};
        break;
      default:
        break;
    }
    x = x * Pow2(64) + Int(word);
  }
  return x % Pow2(N);
}

template <unsigned N>
void CheckAgainstInt() {
  std::mt19937_64 random(N);
  const Int mod = Pow2(N);
  for (int step = 0; step < 300; ++step) {
    Int a = RandomValue<N>(random), b = RandomValue<N>(random);
    Bv<N> x(a), y(b);
    REQUIRE(x.ToInt() == a);
    CHECK(BvAdd<N>(x, y).ToInt() == (a + b) % mod);
    CHECK(BvSub<N>(x, y).ToInt() == (a - b) % mod);
    CHECK(BvMul<N>(x, y).ToInt() == (a * b) % mod);
    CHECK(BvNeg<N>(x).ToInt() == (Int(0) - a) % mod);
    CHECK(BvNot<N>(x).ToInt() == mod - Int(1) - a);
    if (!(b == Int(0))) {
      CHECK((x / y).ToInt() == a / b);
      CHECK((x % y).ToInt() == a % b);
    }
    CHECK((x < y) == (a < b));
    CHECK((x == y) == (a == b));
    unsigned n = static_cast<unsigned>(random() % (N + 1));
    CHECK(BvShl<N>(x, n).ToInt() == (a * Pow2(n)) % mod);
    CHECK(BvShr<N>(x, Int(n)).ToInt() == a / Pow2(n));
    Int rotl = ((a * Pow2(n % N)) + a / Pow2(N - n % N)) % mod;
    CHECK(BvRotl<N>(x, n).ToInt() == rotl);
    CHECK(BvRotr<N>(BvRotl<N>(x, n), n) == x);
    CHECK(Printed(x) == Printed(a));
    // & | ^ through the identities a + b = (a ^ b) + 2 (a & b) and a | b = (a ^ b) + (a & b).
    CHECK(BvAdd<N>(x ^ y, BvShl<N>(x & y, 1)) == BvAdd<N>(x, y));
    CHECK(BvAdd<N>(x ^ y, x & y) == (x | y));
  }
}

TEST_CASE("wide bitvectors agree with Int arithmetic modulo 2^N") {
  CheckAgainstInt<65>();
  CheckAgainstInt<128>();
  CheckAgainstInt<200>();
  CheckAgainstInt<256>();
}

TEST_CASE("wide bitvectors: limits, conversions and shift amounts") {
  Bv<128> max = BvNot<128>(Bv<128>());
  CHECK(Printed(max) == "340282366920938463463374607431768211455");
  CHECK(BvAdd<128>(max, Bv<128>(1)) == Bv<128>());
  CHECK(BvNeg<128>(Bv<128>(1)) == max);
  CHECK(Bv<128>::FromString("0x1_0000_0000_0000_0000").ToInt() == Pow2(64));
  CHECK(Bv<256>(Int(-1)) == BvNot<256>(Bv<256>()));
  CHECK(Bv<128>::Resize(Bv<256>(Int(-1))) == max);
  CHECK(Bv<256>::Resize(max).ToInt() == Pow2(128) - Int(1));
  CHECK(BvShl<128>(Bv<128>(1), Bv<256>(Int(127))).ToInt() == Pow2(127));
  CHECK(BvShl<128>(Bv<128>(1), Bv<256>(Pow2(200))) == Bv<128>());
  // A native bitvector shifted by a wide amount.
  CHECK(BvShl<8>(uint8_t{1}, Bv<128>(3)) == 8);
  CHECK(Bv<72>(Int(5)) < Bv<72>(Pow2(70)));
  CHECK(DafnyHash(Bv<128>(7)) == DafnyHash(Int(7)));
}

TEST_CASE("Int::ToWords and FromWords") {
  uint64_t words[3];
  Int(-2).ToWords(words, 3);
  CHECK(words[0] == ~uint64_t{1});
  CHECK(words[2] == ~uint64_t{0});
  (Pow2(130) + Int(5)).ToWords(words, 3);
  CHECK(words[0] == 5);
  CHECK(words[1] == 0);
  CHECK(words[2] == 4);
  (Int(0) - Pow2(100)).ToWords(words, 2);
  CHECK(words[0] == 0);
  CHECK(words[1] == ~uint64_t{0} << 36);
  CHECK(Int::FromWords(words, 2) == Pow2(128) - Pow2(100));
  uint64_t small[2] = {42, 0};
  CHECK(Int::FromWords(small, 2) == Int(42));
  CHECK(Int::FromWords(small, 0) == Int(0));
}

}  // namespace
}  // namespace dfy
