// Tests for runtime/include/dfy/seq.h: dfy::Seq<T>, Dafny's seq and string.
#include "dfy/seq.h"

#include <doctest/doctest.h>

#include <iterator>
#include <span>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "dfy/int.h"
#include "dfy/print.h"
#include "dfy/real.h"
#include "printed.h"

namespace dfy {
namespace {

using testing::Printed;

std::vector<int64_t> Values(const Seq<Int>& s) {
  std::vector<int64_t> values;
  for (const Int& x : s) {
    values.push_back(x.ToInt64());
  }
  return values;
}

using V = std::vector<int64_t>;

TEST_CASE("Seq: construction, length, indexing") {
  Seq<Int> empty;
  CHECK(empty.size() == 0);
  CHECK(empty.Length() == 0);
  CHECK(empty.empty());
  CHECK(empty.begin() == empty.end());

  Seq<Int> s = {17, 82, 17, 82};
  CHECK(s.Length() == 4);
  CHECK(s[0] == 17);
  CHECK(s[Int(1)] == 82);
  CHECK(s[size_t{3}] == 82);

  Seq<Int> squares = Seq<Int>::Create(Int(5), [](const Int& i) { return i * i; });
  CHECK(Values(squares) == V{0, 1, 4, 9, 16});
  CHECK(Seq<Int>::Create(Int(0), [](const Int& i) { return i; }).empty());

  std::vector<Int> source = {Int(3), Int(1)};
  CHECK(Values(Seq<Int>::FromRange(source.begin(), source.end())) == V{3, 1});
  std::istringstream numbers("4 5 6");
  CHECK(Values(Seq<Int>::FromRange(std::istream_iterator<int64_t>(numbers),
                                   std::istream_iterator<int64_t>())) == V{4, 5, 6});

  String text(U"h\u00E9llo");
  CHECK(text.Length() == 5);
  CHECK(text[1] == U'\u00E9');
  CHECK(text.View() == U"h\u00E9llo");
  CHECK(String(U"").empty());
}

TEST_CASE("Seq: take, drop and slice share storage and are values") {
  Seq<Int> s = Seq<Int>::Create(Int(10), [](const Int& i) { return i; });
  Seq<Int> middle = s.Slice(Int(3), Int(7));
  CHECK(Values(middle) == V{3, 4, 5, 6});
  CHECK(&middle[0] == &s[3]);  // O(1): the same buffer.
  CHECK(Values(s.Take(Int(2))) == V{0, 1});
  CHECK(Values(s.Drop(Int(8))) == V{8, 9});
  CHECK(s.Take(Int(0)).empty());
  CHECK(s.Drop(Int(10)).empty());
  CHECK(s.Slice(size_t{4}, size_t{4}).empty());
  CHECK(Values(middle.Drop(Int(1)).Take(Int(2))) == V{4, 5});
  CHECK(s.Take(size_t{10}) == s);
}

TEST_CASE("Seq: update returns a new seq") {
  Seq<Int> s = {1, 2, 3};
  Seq<Int> t = s.Update(Int(1), Int(20));
  CHECK(Values(s) == V{1, 2, 3});
  CHECK(Values(t) == V{1, 20, 3});
  CHECK(Values(s.Drop(Int(1)).Update(size_t{1}, Int(9))) == V{2, 9});
}

TEST_CASE("Seq: concatenation and append") {
  Seq<Int> a = {1, 2};
  Seq<Int> b = {3};
  CHECK(Values(a + b) == V{1, 2, 3});
  CHECK(Values(b + a) == V{3, 1, 2});
  CHECK(Values(a + Seq<Int>()) == V{1, 2});
  CHECK(Values(Seq<Int>() + a) == V{1, 2});
  CHECK(Values(a + a) == V{1, 2, 1, 2});
  CHECK(Values(a.Append(Int(7))) == V{1, 2, 7});
  CHECK(Values(a) == V{1, 2});
}

TEST_CASE("Seq: appending in place never changes what another seq sees") {
  Seq<Int> base;
  for (int i = 0; i < 5; ++i) {
    base = base + Seq<Int>{Int(i)};
  }
  Seq<Int> keep = base;
  // Both end at the buffer's tip: the first append may go in place, the
  // second must not overwrite the first's new element.
  Seq<Int> left = keep + Seq<Int>{Int(100)};
  Seq<Int> right = keep + Seq<Int>{Int(200)};
  CHECK(Values(keep) == V{0, 1, 2, 3, 4});
  CHECK(Values(left) == V{0, 1, 2, 3, 4, 100});
  CHECK(Values(right) == V{0, 1, 2, 3, 4, 200});
  // A prefix slice appended to must not clobber the original's tail.
  Seq<Int> prefix = base.Take(Int(2));
  Seq<Int> grown = prefix + Seq<Int>{Int(-1)};
  CHECK(Values(grown) == V{0, 1, -1});
  CHECK(Values(base) == V{0, 1, 2, 3, 4});
  // References into a seq survive appends that reallocate.
  const Int& first = base[0];
  Seq<Int> big = base;
  for (int i = 0; i < 1000; ++i) {
    big = std::move(big).Append(Int(i));
  }
  CHECK(first == 0);
  CHECK(big.Length() == 1005);
  CHECK(big[1004] == 999);
  // Repeated appending is amortized: the elements share few buffers.
  CHECK(&big[0] != &base[0]);
}

// Bytes take the bulk paths: memcpy for appends, realloc for a buffer one seq holds alone.
TEST_CASE("Bytes: bulk appends, growth in place, and what other seqs see") {
  auto bytes = [](std::initializer_list<uint8_t> values) { return Bytes(values); };
  Bytes out;
  std::vector<uint8_t> expected;
  for (int i = 0; i < 3000; ++i) {
    std::vector<uint8_t> piece;
    for (int k = 0; k < i % 7; ++k) {
      piece.push_back(static_cast<uint8_t>(i + k));
    }
    Bytes chunk = BytesFrom(piece);
    for (uint8_t b : chunk) {
      expected.push_back(b);
    }
    out = std::move(out) + chunk;  // alone: grows in place
    out = std::move(out).Append(static_cast<uint8_t>(i));
    expected.push_back(static_cast<uint8_t>(i));
  }
  CHECK(std::vector<uint8_t>(out.begin(), out.end()) == expected);

  // Shared: another seq holds the buffer, so appending copies and the other sees no change.
  Bytes kept = out;
  Bytes longer = out + bytes({1, 2, 3});
  for (int i = 0; i < 100; ++i) {
    longer = std::move(longer) + kept.Take(size_t{1000});
  }
  CHECK(kept.size() == expected.size());
  CHECK(std::vector<uint8_t>(kept.begin(), kept.end()) == expected);
  CHECK(longer.size() == expected.size() + 3 + 100 * 1000);
  CHECK(longer[expected.size() + 2] == 3);
  CHECK(longer[longer.size() - 1] == expected[999]);

  // A slice alone in its buffer, its dead prefix longer than itself, is compacted into a fresh
  // buffer; one with a short prefix grows in place. Both keep their values.
  Bytes tail = BytesFrom(std::vector<uint8_t>(100, 9)).Drop(size_t{90});
  tail = std::move(tail) + bytes({7});
  CHECK(tail == bytes({9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 7}));
  Bytes mostly = BytesFrom(std::vector<uint8_t>(100, 5)).Drop(size_t{10});
  for (int i = 0; i < 200; ++i) {
    mostly = std::move(mostly).Append(6);
  }
  CHECK(mostly.size() == 290);
  CHECK(mostly[89] == 5);
  CHECK(mostly[90] == 6);

  // Fill starts from zeros; FromRange over contiguous memory copies it.
  Bytes zeros = Bytes::Fill(5, [](std::span<uint8_t>) {});
  CHECK(zeros == bytes({0, 0, 0, 0, 0}));
  Bytes written = Bytes::Fill(3, [](std::span<uint8_t> b) { b[1] = 8; });
  CHECK(written == bytes({0, 8, 0}));
  std::vector<uint8_t> source = {4, 5, 6};
  CHECK(Bytes::FromRange(source.begin(), source.end()) == bytes({4, 5, 6}));
}

TEST_CASE("Seq: equality, prefix order, membership") {
  Seq<Int> s = {1, 2, 3};
  CHECK(s == Seq<Int>{1, 2, 3});
  CHECK(s != Seq<Int>{1, 2});
  CHECK(s != Seq<Int>{1, 2, 4});
  CHECK(Seq<Int>() == Seq<Int>());
  CHECK(s.Take(Int(2)) == Seq<Int>{1, 2});
  CHECK(Seq<Int>{1, 2} <= s);
  CHECK(Seq<Int>{1, 2} < s);
  CHECK(s <= s);
  CHECK_FALSE(s < s);
  CHECK(Seq<Int>() < s);
  CHECK_FALSE(Seq<Int>{2} <= s);
  CHECK_FALSE(s <= Seq<Int>{1, 2});
  CHECK(s.Contains(Int(2)));
  CHECK_FALSE(s.Contains(Int(4)));
  CHECK(String(U"abc") == String(U"abc"));
  CHECK(String(U"ab") < String(U"abc"));
}

TEST_CASE("Seq: hashing agrees with equality") {
  std::hash<Seq<Int>> hash;
  Seq<Int> s = {1, 2, 3};
  Seq<Int> t = Seq<Int>{0, 1, 2, 3}.Drop(Int(1));
  CHECK(hash(s) == hash(t));
  std::unordered_set<Seq<Int>> set = {s, t, Seq<Int>{1, 2}, Seq<Int>()};
  CHECK(set.size() == 3);
  std::unordered_set<String> strings = {String(U"ab"), String(U"a") + String(U"b")};
  CHECK(strings.size() == 1);
}

TEST_CASE("Seq: bool elements") {
  Seq<bool> flags = Seq<bool>::Create(Int(3), [](const Int& i) { return i == 1; });
  CHECK_FALSE(flags[0]);
  CHECK(flags[1]);
  CHECK(Printed(flags) == "[false, true, false]");
}

TEST_CASE("Print: seq in generic position") {
  CHECK(Printed(Seq<Int>()) == "[]");
  CHECK(Printed(Seq<Int>{17, 82, 17, 82}) == "[17, 82, 17, 82]");
  CHECK(Printed(String(U"ab")) == "['a', 'b']");
  CHECK(Printed(String(U"")) == "[]");
  CHECK(Printed(String(U"'\n\u00E9")) == "['\\'', '\\n', '\xC3\xA9']");
  CHECK(Printed(Seq<String>{String(U"abc"), String(U"def")}) ==
        "[['a', 'b', 'c'], ['d', 'e', 'f']]");
  CHECK(Printed(Seq<String>{String(U"")}) == "[[]]");
  CHECK(Printed(Seq<Seq<Int>>{Seq<Int>{1, 2}, Seq<Int>()}) == "[[1, 2], []]");
  CHECK(Printed(Seq<Real>{Real::FromString("1.5"), Real(Int(2))}) == "[1.5, 2.0]");
  CHECK(Printed(Seq<Int>{Int::FromString("-1267650600228229401496703205376")}) ==
        "[-1267650600228229401496703205376]");
  CHECK(Printed(Seq<uint8_t>{200, 1}) == "[200, 1]");
}

TEST_CASE("PrintString and PrintQuotedString on a string seq") {
  std::ostringstream out;
  String hello = String(U"say \"hi\"\tto 'x'\n");
  PrintString(out, hello);
  CHECK(out.str() == "say \"hi\"\tto 'x'\n");
  std::ostringstream slice;
  PrintString(slice, hello.Slice(Int(5), Int(7)));
  CHECK(slice.str() == "hi");
  std::ostringstream quoted;
  PrintQuotedString(quoted, String(U"it's"));
  CHECK(quoted.str() == "\"it\\'s\"");
}

TEST_CASE("Seq: DafnyHash follows C#'s sequence hash") {
  // The confirmed C# output {['d', 'e', 'f'], ['a', 'b', 'c']}.
  CHECK(DafnyHash(String(U"abc")) == 7027);
  CHECK(DafnyHash(String(U"def")) == 7022);
  CHECK(DafnyHash(String(U"")) == 0);
  CHECK(DafnyHash(Seq<Int>{1}) == 1);
}

}  // namespace
}  // namespace dfy
