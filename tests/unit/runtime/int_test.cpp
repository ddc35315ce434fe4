// Tests for runtime/include/dfy/int.h: dfy::Int and the int64 Euclidean
// helpers.
#include "dfy/int.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <limits>
#include <string>
#include <unordered_set>
#include <utility>

namespace dfy {
namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

// 2^63 and 2^64 in decimal: the first values past int64 on either side.
constexpr std::string_view kTwo63 = "9223372036854775808";
constexpr std::string_view kTwo64 = "18446744073709551616";

// Runs `body` in a forked child with stderr discarded and returns the raw
// wait status, so a test can check that a runtime check aborts. The child
// drops doctest's SIGABRT handler, so an abort ends it as in a program.
int StatusOfChild(const std::function<void()>& body) {
  std::cout.flush();
  std::fflush(nullptr);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    std::signal(SIGABRT, SIG_DFL);
    if (std::freopen("/dev/null", "w", stderr) == nullptr) {
      std::_Exit(2);
    }
    try {
      body();
    } catch (...) {
      // Never resume doctest's loop in the child.
      std::_Exit(99);
    }
    std::_Exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

bool Aborted(int status) { return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT; }

TEST_CASE("Int: small values stay small and compute like int64") {
  Int a = 40;
  Int b = -2;
  CHECK(a.FitsInt64());
  CHECK((a + b).ToInt64() == 38);
  CHECK((a - b).ToInt64() == 42);
  CHECK((a * b).ToInt64() == -80);
  CHECK((-a).ToInt64() == -40);
  CHECK((+b).ToInt64() == -2);
  CHECK(Int().ToInt64() == 0);
  CHECK(a == Int(40));
  CHECK(a != b);
  CHECK(b < a);
  CHECK(b <= a);
  CHECK(a > b);
  CHECK(a >= Int(40));
  CHECK(a == 40);
  CHECK(40 == a);
  CHECK(3 < a);
  CHECK((a <=> b) == std::strong_ordering::greater);
}

TEST_CASE("Int: addition overflows into big and comes back") {
  Int max = kMax;
  Int past = max + 1;
  CHECK_FALSE(past.FitsInt64());
  CHECK(past.ToString() == kTwo63);
  CHECK(past == Int::FromString(kTwo63));
  CHECK(past > max);
  Int back = past + Int(-1);
  CHECK(back.FitsInt64());
  CHECK(back.ToInt64() == kMax);
  CHECK((max + max).ToString() == "18446744073709551614");
  CHECK((Int(kMin) + Int(kMin)).ToString() == "-18446744073709551616");
}

TEST_CASE("Int: subtraction overflows into big and comes back") {
  Int min = kMin;
  Int past = min - 1;
  CHECK_FALSE(past.FitsInt64());
  CHECK(past.ToString() == "-9223372036854775809");
  CHECK(past < min);
  Int back = past - Int(-1);
  CHECK(back.FitsInt64());
  CHECK(back.ToInt64() == kMin);
  CHECK((Int(kMax) - Int(kMin)).ToString() == "18446744073709551615");
  CHECK((Int(0) - Int(kMin)).ToString() == kTwo63);
}

TEST_CASE("Int: multiplication overflows into big and comes back") {
  Int two32 = int64_t{1} << 32;
  Int two64 = two32 * two32;
  CHECK_FALSE(two64.FitsInt64());
  CHECK(two64.ToString() == kTwo64);
  CHECK((Int(kMin) * -1).ToString() == kTwo63);
  CHECK((Int(kMax) * 2).ToString() == "18446744073709551614");
  // Exactly INT64_MIN is still small.
  Int min = Int(int64_t{1} << 62) * -2;
  CHECK(min.FitsInt64());
  CHECK(min.ToInt64() == kMin);
  // big * 0 and big / big normalise to small.
  CHECK((two64 * 0).FitsInt64());
  CHECK((two64 * 0).ToInt64() == 0);
  Int quotient = two64 / two32;
  CHECK(quotient.FitsInt64());
  CHECK(quotient == two32);
}

TEST_CASE("Int: negation of INT64_MIN is big, and back") {
  Int min = kMin;
  Int negated = -min;
  CHECK_FALSE(negated.FitsInt64());
  CHECK(negated.ToString() == kTwo63);
  Int again = -negated;
  CHECK(again.FitsInt64());
  CHECK(again.ToInt64() == kMin);
  CHECK((-Int(kMax)).ToInt64() == -kMax);
  CHECK((-Int::FromString("123456789012345678901234567890")).ToString() ==
        "-123456789012345678901234567890");
}

TEST_CASE("Int: a result that fits int64 is normalised to small") {
  Int big = Int::FromString("1267650600228229401496703205376");
  CHECK_FALSE(big.FitsInt64());
  Int five = (big + 5) - big;
  CHECK(five.FitsInt64());
  CHECK(five == Int(5));
  CHECK(std::hash<Int>{}(five) == std::hash<Int>{}(Int(5)));
  Int zero = big - big;
  CHECK(zero.FitsInt64());
  CHECK(zero.ToString() == "0");
  Int x = big;
  x -= big - 7;
  CHECK(x.FitsInt64());
  CHECK(x.ToInt64() == 7);
}

TEST_CASE("Int: 2^100 and 30!") {
  Int power = 1;
  for (int i = 0; i < 100; ++i) {
    power = power * 2;
  }
  CHECK(power.ToString() == "1267650600228229401496703205376");
  CHECK(power == Int::FromString("1267650600228229401496703205376"));
  CHECK(power == Int::FromString("0x10_0000_0000_0000_0000_0000_0000"));

  Int factorial = 1;
  for (int i = 1; i <= 30; ++i) {
    factorial *= i;
  }
  CHECK(factorial.ToString() == "265252859812191058636308480000000");
  // Dividing back down walks through the big-to-small transition.
  for (int i = 30; i >= 26; --i) {
    factorial /= i;
  }
  CHECK(factorial.ToString() == "15511210043330985984000000");
  for (int i = 25; i >= 1; --i) {
    factorial /= i;
  }
  CHECK(factorial.FitsInt64());
  CHECK(factorial == 1);
}

TEST_CASE("Int: compound assignment, in place and aliased") {
  Int x = kMax;
  x += 1;
  CHECK(x.ToString() == kTwo63);
  x += x;
  CHECK(x.ToString() == kTwo64);
  x *= x;
  CHECK(x.ToString() == "340282366920938463463374607431768211456");
  x -= x;
  CHECK(x.FitsInt64());
  CHECK(x == 0);
  Int y = kMin;
  y -= 1;
  CHECK(y.ToString() == "-9223372036854775809");
  y += 1;
  CHECK(y.FitsInt64());
  Int z = 7;
  z *= -3;
  CHECK(z == -21);
  z %= 5;
  CHECK(z == 4);
  z -= 10;
  z /= 4;
  CHECK(z == -2);
}

TEST_CASE("EuclidDiv and EuclidMod on int64: Dafny's sign table") {
  CHECK(EuclidDiv(103, 13) == 7);
  CHECK(EuclidMod(103, 13) == 12);
  CHECK(EuclidDiv(-103, 13) == -8);
  CHECK(EuclidMod(-103, 13) == 1);
  CHECK(EuclidDiv(103, -13) == -7);
  CHECK(EuclidMod(103, -13) == 12);
  CHECK(EuclidDiv(-103, -13) == 8);
  CHECK(EuclidMod(-103, -13) == 1);
  CHECK(EuclidDiv(-108, 9) == -12);
  CHECK(EuclidMod(-108, 9) == 0);
  CHECK(EuclidDiv(0, -5) == 0);
  CHECK(EuclidMod(0, -5) == 0);
  // Extremes: every case whose quotient fits.
  CHECK(EuclidDiv(kMin, 1) == kMin);
  CHECK(EuclidMod(kMin, -1) == 0);
  CHECK(EuclidDiv(kMin, kMin) == 1);
  CHECK(EuclidMod(kMin, kMin) == 0);
  CHECK(EuclidDiv(kMax, kMin) == 0);
  CHECK(EuclidMod(kMax, kMin) == kMax);
  CHECK(EuclidDiv(-1, kMin) == 1);
  CHECK(EuclidMod(-1, kMin) == kMax);
  CHECK(EuclidDiv(kMin, kMax) == -2);
  CHECK(EuclidMod(kMin, kMax) == kMax - 1);
  CHECK(EuclidDiv(kMin, 2) == kMin / 2);
  CHECK(EuclidMod(kMin + 1, 2) == 1);
}

TEST_CASE("EuclidDiv and EuclidMod agree with the definition") {
  const int64_t values[] = {kMin, kMin + 1, -103, -13, -2, -1, 0, 1, 2, 13, 103, kMax - 1, kMax};
  for (int64_t a : values) {
    for (int64_t b : values) {
      if (b == 0 || (a == kMin && b == -1)) {
        continue;
      }
      int64_t q = EuclidDiv(a, b);
      int64_t r = EuclidMod(a, b);
      CAPTURE(a);
      CAPTURE(b);
      CHECK(r >= 0);
      CHECK(Int(r) < (b > 0 ? Int(b) : -Int(b)));
      CHECK(Int(q) * Int(b) + Int(r) == Int(a));
      CHECK(Int(a) / Int(b) == Int(q));
      CHECK(Int(a) % Int(b) == Int(r));
    }
  }
}

TEST_CASE("Int: Euclidean / and % on small and big values") {
  CHECK(Int(103) / 13 == 7);
  CHECK(Int(103) % 13 == 12);
  CHECK(Int(-103) / 13 == -8);
  CHECK(Int(-103) % 13 == 1);
  CHECK(Int(103) / -13 == -7);
  CHECK(Int(103) % -13 == 12);
  CHECK(Int(-103) / -13 == 8);
  CHECK(Int(-103) % -13 == 1);
  // The one small/small case whose quotient does not fit.
  CHECK((Int(kMin) / -1).ToString() == kTwo63);
  CHECK(Int(kMin) % -1 == 0);

  struct Row {
    std::string_view a, b, quotient, remainder;
  };
  const Row rows[] = {
      {"1000000000000000000000000000007", "13", "76923076923076923076923076923", "8"},
      {"1000000000000000000000000000007", "-13", "-76923076923076923076923076923", "8"},
      {"-1000000000000000000000000000007", "13", "-76923076923076923076923076924", "5"},
      {"-1000000000000000000000000000007", "-13", "76923076923076923076923076924", "5"},
      {"1000000000000000000000000000007", "100000000000000000003", "9999999999",
       "99999999970000000010"},
      {"1000000000000000000000000000007", "-100000000000000000003", "-9999999999",
       "99999999970000000010"},
      {"-1000000000000000000000000000007", "100000000000000000003", "-10000000000", "29999999993"},
      {"-1000000000000000000000000000007", "-100000000000000000003", "10000000000", "29999999993"},
      {"-9223372036854775808", "100000000000000000000", "-1", "90776627963145224192"},
      {"18446744073709551616", "9223372036854775808", "2", "0"},
      {"-18446744073709551616", "9223372036854775808", "-2", "0"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.a);
    CAPTURE(row.b);
    Int a = Int::FromString(row.a);
    Int b = Int::FromString(row.b);
    Int q = a / b;
    Int r = a % b;
    CHECK(q.ToString() == row.quotient);
    CHECK(r.ToString() == row.remainder);
    CHECK(q * b + r == a);
    CHECK(q.FitsInt64() == (q >= Int(kMin) && q <= Int(kMax)));
    CHECK(r.FitsInt64() == (r <= Int(kMax)));
  }
}

TEST_CASE("Int: division by zero aborts") {
  CHECK(Aborted(StatusOfChild([] { (void)(Int(1) / Int(0)); })));
  CHECK(Aborted(StatusOfChild([] { (void)(Int(1) % Int(0)); })));
  CHECK(Aborted(StatusOfChild([] { (void)(Int::FromString("99999999999999999999") / Int(0)); })));
  CHECK(Aborted(StatusOfChild([] { (void)EuclidDiv(1, 0); })));
  CHECK(Aborted(StatusOfChild([] { (void)EuclidMod(1, 0); })));
  CHECK(Aborted(StatusOfChild([] { (void)EuclidDiv(kMin, -1); })));
}

TEST_CASE("Int::FromString: decimal, hex, underscores, signs") {
  CHECK(Int::FromString("0") == 0);
  CHECK(Int::FromString("-0") == 0);
  CHECK(Int::FromString("007") == 7);
  CHECK(Int::FromString("1_000_000") == 1000000);
  CHECK(Int::FromString("-42") == -42);
  CHECK(Int::FromString("0x1F") == 31);
  CHECK(Int::FromString("0XfF") == 255);
  CHECK(Int::FromString("0xdead_BEEF") == 0xdeadbeefLL);
  CHECK(Int::FromString("-0x10") == -16);
  CHECK(Int::FromString("9223372036854775807").ToInt64() == kMax);
  CHECK(Int::FromString("9223372036854775807").FitsInt64());
  CHECK(Int::FromString("-9223372036854775808").FitsInt64());
  CHECK(Int::FromString("-9223372036854775808").ToInt64() == kMin);
  CHECK_FALSE(Int::FromString(kTwo63).FitsInt64());
  CHECK_FALSE(Int::FromString("-9223372036854775809").FitsInt64());
  CHECK(Int::FromString("0x8000_0000_0000_0000").ToString() == kTwo63);
  CHECK(Int::FromString("-0x8000_0000_0000_0000").ToInt64() == kMin);
  CHECK(Int::FromString("0xFFFF_FFFF_FFFF_FFFF").ToString() == "18446744073709551615");
  CHECK(Int::FromString("0xDEAD_BEEF_CAFE_BABE_1234").ToString() == "1051570404360395033547316");
  CHECK(Int::FromString("-000000000000000000000000000000000001") == -1);
  CHECK(Int::FromString("-000000000000000000000000000000000001").FitsInt64());
  CHECK(Int::FromString("1_7014_1183_4604_6923_1731_6873_0371_5884_1057_27").ToString() ==
        "170141183460469231731687303715884105727");
}

TEST_CASE("Int::FromString: malformed text aborts") {
  CHECK(Aborted(StatusOfChild([] { (void)Int::FromString(""); })));
  CHECK(Aborted(StatusOfChild([] { (void)Int::FromString("-"); })));
  CHECK(Aborted(StatusOfChild([] { (void)Int::FromString("0x"); })));
  CHECK(Aborted(StatusOfChild([] { (void)Int::FromString("12a"); })));
  CHECK(Aborted(StatusOfChild([] { (void)Int::FromString("+5"); })));
  CHECK(Aborted(StatusOfChild([] { (void)Int::FromString("0x1g"); })));
}

TEST_CASE("Int::ToString: plain decimal") {
  CHECK(Int(0).ToString() == "0");
  CHECK(Int(-5).ToString() == "-5");
  CHECK(Int(kMax).ToString() == "9223372036854775807");
  CHECK(Int(kMin).ToString() == "-9223372036854775808");
  CHECK((Int(kMin) - 1).ToString() == "-9223372036854775809");
  CHECK(Int(std::numeric_limits<uint64_t>::max()).ToString() == "18446744073709551615");
  CHECK(Int(uint64_t{1} << 63).ToString() == kTwo63);
  CHECK(Int(uint32_t{4294967283u}).ToString() == "4294967283");
  CHECK(Int(int8_t{-128}).ToString() == "-128");
  CHECK(Int(U'a').ToString() == "97");
}

TEST_CASE("Int: ordering across small and big") {
  Int big_pos = Int::FromString(kTwo64);
  Int big_neg = -big_pos;
  Int bigger = big_pos + 1;
  CHECK(big_neg < Int(kMin));
  CHECK(Int(kMin) < Int(0));
  CHECK(Int(kMax) < big_pos);
  CHECK(big_pos < bigger);
  CHECK(big_neg - 1 < big_neg);
  CHECK(big_pos != Int(kMax));
  CHECK(big_pos == Int::FromString("0x1_0000_0000_0000_0000"));
  CHECK((big_pos <=> bigger) == std::strong_ordering::less);
  CHECK((bigger <=> big_pos) == std::strong_ordering::greater);
  CHECK((big_pos <=> Int::FromString(kTwo64)) == std::strong_ordering::equal);
  CHECK(big_neg <= big_neg);
  CHECK(bigger >= big_pos);
}

TEST_CASE("Int: hashing agrees with equality across representations") {
  std::hash<Int> hash;
  Int big = Int::FromString("1267650600228229401496703205376");
  CHECK(hash(big) == hash(Int::FromString("0x10_0000_0000_0000_0000_0000_0000")));
  CHECK(hash((big * 3) / 3) == hash(big));
  CHECK(hash(-big) != hash(big));
  CHECK(hash(big - big + 42) == hash(Int(42)));

  std::unordered_set<Int> set;
  set.insert(Int(kMax) + 1);
  set.insert(Int::FromString(kTwo63));
  set.insert(-(Int(kMin)));
  set.insert(big - big + 7);
  set.insert(7);
  set.insert(big);
  CHECK(set.size() == 3);
  CHECK(set.count(Int(uint64_t{1} << 63)) == 1);
  CHECK(set.count(7) == 1);
  CHECK(set.count(Int::FromString("1_267_650_600_228_229_401_496_703_205_376")) == 1);
}

TEST_CASE("Int: copy and move have value semantics") {
  Int big = Int::FromString(kTwo64);
  Int copy = big;
  copy += 1;
  CHECK(big.ToString() == kTwo64);
  CHECK(copy.ToString() == "18446744073709551617");

  Int moved = std::move(copy);
  CHECK(moved.ToString() == "18446744073709551617");
  CHECK(copy == 0);  // NOLINT(bugprone-use-after-move): documented state.

  Int target = 5;
  target = big;  // small <- big
  CHECK(target == big);
  target = Int(3);  // big <- small (move)
  CHECK(target == 3);
  target = big;
  Int other = Int::FromString(kTwo63);
  target = other;  // big <- big, reusing storage
  CHECK(target.ToString() == kTwo63);
  Int small = 9;
  target = small;  // big <- small (copy)
  CHECK(target == 9);
  CHECK(target.FitsInt64());

  Int& self = big;
  big = self;
  CHECK(big.ToString() == kTwo64);
  big = std::move(self);
  CHECK(big.ToString() == kTwo64);
}

// The inline range is [-2^62, 2^62): one word, so values past it on either side go to GMP
// while still fitting int64, and must behave exactly as the ones inside.
TEST_CASE("Int: one word, and the edges of the inline range") {
  static_assert(sizeof(Int) == sizeof(int64_t));
  constexpr int64_t kTop = (int64_t{1} << 62) - 1;
  constexpr int64_t kBottom = -(int64_t{1} << 62);
  Int top = kTop;
  Int bottom = kBottom;
  Int above = top + 1;
  Int below = bottom - 1;
  CHECK(above.FitsInt64());
  CHECK(above.ToInt64() == kTop + 1);
  CHECK(below.ToInt64() == kBottom - 1);
  CHECK(above.ToString() == "4611686018427387904");
  CHECK(below.ToString() == "-4611686018427387905");
  CHECK(above == Int(kTop + 1));
  CHECK(above == Int::FromString("4611686018427387904"));
  CHECK(std::hash<Int>{}(above) == std::hash<Int>{}(Int(kTop + 1)));
  CHECK(above - 1 == top);
  CHECK(below + 1 == bottom);
  CHECK(top < above);
  CHECK(below < bottom);
  CHECK(above != top);
  CHECK(-bottom == above);
  CHECK((-above).ToInt64() == kBottom);
  CHECK(bottom / -1 == above);
  CHECK(bottom % -1 == 0);
  CHECK(top * 2 + 2 == above * 2);
  CHECK(Int(uint64_t{1} << 62) == above);
  CHECK(Int(int64_t{1} << 61) * 2 == above);
  CHECK(Int(-(int64_t{1} << 61)) * 2 == bottom);
  CHECK(Int(-(int64_t{1} << 61)) * -2 == above);
  Int x = top;
  x += 1;
  CHECK(x == above);
  x -= 1;
  CHECK(x == top);
  x *= -1;
  x -= 1;
  CHECK(x == bottom);
  x -= 1;
  CHECK(x == below);
  CHECK(above.ToUint64() == uint64_t{1} << 62);
  CHECK(Int(-5).ToUint64() == static_cast<uint64_t>(-5));
  CHECK(below.ToUint64() == static_cast<uint64_t>(kBottom - 1));
}

}  // namespace
}  // namespace dfy
