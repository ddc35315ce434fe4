// Tests for runtime/include/dfy/set.h (dfy::Set<T>) and the print order of
// runtime/include/dfy/dafny_hash.h.
#include "dfy/set.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <sstream>
#include <string>
#include <unordered_set>

#include "dfy/dafny_hash.h"
#include "dfy/int.h"
#include "dfy/real.h"
#include "dfy/seq.h"
#include "printed.h"

namespace dfy {
namespace {

using testing::Printed;

using IntSet = Set<Int>;

TEST_CASE("Set: construction, cardinality, membership") {
  IntSet empty;
  CHECK(empty.size() == 0);
  CHECK(empty.Cardinality() == 0);
  CHECK(empty.empty());
  CHECK_FALSE(empty.Contains(Int(1)));
  CHECK(empty.begin() == empty.end());
  IntSet s = {1, 2, 2, 3, 1};
  CHECK(s.Cardinality() == 3);
  CHECK(s.Contains(Int(2)));
  CHECK_FALSE(s.Contains(Int(4)));
  Seq<Int> seq = {5, 5, 6};
  CHECK(IntSet(seq.begin(), seq.end()) == IntSet{5, 6});
}

TEST_CASE("Set: union, intersection, difference are values") {
  IntSet a = {1, 2, 3};
  IntSet b = {3, 4};
  CHECK(a + b == IntSet{1, 2, 3, 4});
  CHECK(b + a == IntSet{1, 2, 3, 4});
  CHECK(a * b == IntSet{3});
  CHECK(a - b == IntSet{1, 2});
  CHECK(b - a == IntSet{4});
  CHECK(a + IntSet() == a);
  CHECK(IntSet() + a == a);
  CHECK(a * IntSet() == IntSet());
  CHECK(a - a == IntSet());
  CHECK(a + a == a);
  // The operands are unchanged.
  CHECK(a == IntSet{1, 2, 3});
  CHECK(b == IntSet{3, 4});
  // Temporaries are updated in place; a copy taken before is not affected.
  IntSet acc;
  IntSet snapshot;
  for (int i = 0; i < 10; ++i) {
    acc = std::move(acc) + IntSet{Int(i)};
    if (i == 4) {
      snapshot = acc;
    }
  }
  CHECK(acc.size() == 10);
  CHECK(snapshot.size() == 5);
  IntSet trimmed = std::move(acc) - IntSet{0, 1, 2};
  CHECK(trimmed.size() == 7);
  CHECK(snapshot == IntSet{0, 1, 2, 3, 4});
}

TEST_CASE("Set: subset, superset, disjoint, equality") {
  IntSet a = {1, 2};
  IntSet b = {1, 2, 3};
  CHECK(a <= b);
  CHECK(a < b);
  CHECK(b >= a);
  CHECK(b > a);
  CHECK(a <= a);
  CHECK_FALSE(a < a);
  CHECK_FALSE(b <= a);
  CHECK_FALSE(IntSet{4} <= b);
  CHECK(IntSet() < a);
  CHECK(a.IsDisjointFrom(IntSet{3, 4}));
  CHECK_FALSE(a.IsDisjointFrom(b));
  CHECK(IntSet().IsDisjointFrom(IntSet()));
  CHECK(a != b);
  CHECK(IntSet{2, 1} == a);
}

TEST_CASE("Set: hashing agrees with equality") {
  std::hash<IntSet> hash;
  CHECK(hash(IntSet{1, 2, 3}) == hash(IntSet{3, 2, 1}));
  CHECK(hash(IntSet{1, 2} + IntSet{3}) == hash(IntSet{1, 2, 3}));
  std::unordered_set<IntSet> sets = {IntSet{1}, IntSet{1, 1}, IntSet(), IntSet{1, 2}};
  CHECK(sets.size() == 3);
}

TEST_CASE("Print: sets in C#'s order") {
  CHECK(Printed(IntSet()) == "{}");
  CHECK(Printed(IntSet{17, 12}) == "{12, 17}");
  CHECK(Printed(IntSet{82, 17, 12, -5, 0}) == "{-5, 0, 12, 17, 82}");
  CHECK(Printed(Set<bool>{true, false}) == "{false, true}");
  CHECK(Printed(Set<char32_t>{U'c', U'a', U'b'}) == "{'a', 'b', 'c'}");
  CHECK(Printed(Set<String>{String(U"abc"), String(U"def")}) ==
        "{['d', 'e', 'f'], ['a', 'b', 'c']}");
  CHECK(Printed(Set<String>{String(U"a")}) == "{['a']}");
  CHECK(Printed(Set<Seq<Int>>{Seq<Int>()}) == "{[]}");
  CHECK(Printed(Set<IntSet>{IntSet{1}}) == "{{1}}");
  CHECK(Printed(Set<Real>{Real::FromString("0.5")}) == "{0.5}");
  CHECK(Printed(Set<uint8_t>{3, 1, 2}) == "{1, 2, 3}");
  // Int32 hashes are signed: a uint32 above 2^31 sorts first, as in C#.
  CHECK(Printed(Set<uint32_t>{1u, 4294967295u}) == "{4294967295, 1}");
}

TEST_CASE("DafnyHash: .NET hashes of wide ints") {
  // Fits int32: the value itself.
  CHECK(DafnyHash(Int(-5)) == -5);
  CHECK(DafnyHash(Int(std::numeric_limits<int32_t>::max())) == std::numeric_limits<int32_t>::max());
  // 2^32: sign 1, words [0, 1] -> ((1 <<< 7) ^ 1) <<< 7 ^ 0.
  CHECK(DafnyHash(Int(int64_t{1} << 32)) == (((1 << 7) ^ 1) << 7));
  // int.MinValue is stored as sign -1, words [0x80000000].
  CHECK(DafnyHash(Int(std::numeric_limits<int32_t>::min())) == 0x7FFFFFFF);
  // 2^31: sign 1, words [0x80000000].
  CHECK(DafnyHash(Int(int64_t{1} << 31)) == static_cast<int32_t>(0x80000080u));
  // Native 64-bit: low ^ high.
  CHECK(DafnyHash(int64_t{(int64_t{3} << 32) | 5}) == 6);
}

TEST_CASE("Set::Add and Remove are s + {x} and s - {x}") {
  Set<Int> a{Int(1), Int(2)};
  Set<Int> b = a.Add(Int(3));
  CHECK(a.size() == 2);  // a is unchanged: b copied its storage
  CHECK(b == Set<Int>{Int(1), Int(2), Int(3)});
  CHECK(b.Remove(Int(1)) == Set<Int>{Int(2), Int(3)});
  CHECK(b.Remove(Int(7)) == b);
  Set<Int> c = std::move(b).Add(Int(4));  // in place
  CHECK(c.size() == 4);
  CHECK(Set<Int>().Add(Int(5)) == Set<Int>{Int(5)});
}

}  // namespace
}  // namespace dfy
