// Tests for runtime/include/dfy/map.h: dfy::Map<K, V>.
#include "dfy/map.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <unordered_set>

#include "dfy/int.h"
#include "dfy/seq.h"
#include "dfy/set.h"
#include "dfy/tuple.h"
#include "printed.h"

namespace dfy {
namespace {

using testing::Printed;

using IntMap = Map<Int, Int>;

TEST_CASE("Map: construction, lookup, cardinality") {
  IntMap empty;
  CHECK(empty.Cardinality() == 0);
  CHECK(empty.empty());
  CHECK_FALSE(empty.Contains(Int(1)));
  IntMap m = {{1, 2}, {3, 4}};
  CHECK(m.Cardinality() == 2);
  CHECK(m.Contains(Int(1)));
  CHECK_FALSE(m.Contains(Int(2)));
  CHECK(m[Int(3)] == 4);
  // A repeated key in a display: the last wins.
  IntMap repeated = {{1, 2}, {1, 3}};
  CHECK(repeated.size() == 1);
  CHECK(repeated[Int(1)] == 3);
}

TEST_CASE("Map: update, merge, subtraction are values") {
  IntMap m = {{1, 2}, {3, 4}};
  IntMap updated = m.Update(Int(1), Int(20));
  CHECK(updated[Int(1)] == 20);
  CHECK(m[Int(1)] == 2);
  IntMap added = m.Update(Int(5), Int(6));
  CHECK(added.size() == 3);
  CHECK(m.size() == 2);
  IntMap merged = m + IntMap{{3, 30}, {7, 70}};
  CHECK(merged == IntMap{{1, 2}, {3, 30}, {7, 70}});
  CHECK(m == IntMap{{3, 4}, {1, 2}});
  CHECK(m - Set<Int>{1, 9} == IntMap{{3, 4}});
  CHECK(m - Set<Int>() == m);
  CHECK(m.size() == 2);
  IntMap built;
  for (int i = 0; i < 5; ++i) {
    built = std::move(built).Update(Int(i), Int(i * i));
  }
  CHECK(built.size() == 5);
  CHECK(built[Int(4)] == 16);
}

TEST_CASE("Map: keys, values, items") {
  IntMap m = {{1, 2}, {3, 2}};
  CHECK(m.Keys() == Set<Int>{1, 3});
  CHECK(m.Values() == Set<Int>{2});
  CHECK(m.Items() == Set<Tuple<Int, Int>>{Tuple<Int, Int>(1, 2), Tuple<Int, Int>(3, 2)});
  CHECK(IntMap().Keys().empty());
}

TEST_CASE("Map: equality and hashing") {
  CHECK(IntMap{{1, 2}} != IntMap{{1, 3}});
  CHECK(IntMap{{1, 2}} != IntMap{{2, 2}});
  CHECK(IntMap{{1, 2}} != IntMap());
  std::hash<IntMap> hash;
  CHECK(hash(IntMap{{1, 2}, {3, 4}}) == hash(IntMap{{3, 4}, {1, 2}}));
  std::unordered_set<IntMap> maps = {IntMap{{1, 2}}, IntMap().Update(Int(1), Int(2)), IntMap()};
  CHECK(maps.size() == 2);
}

TEST_CASE("Print: maps, keys in C#'s order") {
  CHECK(Printed(IntMap()) == "map[]");
  CHECK(Printed(IntMap{{1, 2}}) == "map[1 := 2]");
  CHECK(Printed(IntMap{{82, 2}, {17, 2}}) == "map[17 := 2, 82 := 2]");
  CHECK(Printed(IntMap{{17, 0}, {12, 26}}) == "map[12 := 26, 17 := 0]");
  CHECK(Printed(Map<char32_t, Seq<Int>>{{U'a', Seq<Int>{1}}}) == "map['a' := [1]]");
  CHECK(Printed(Map<bool, String>{{true, String(U"x")}, {false, String()}}) ==
        "map[false := [], true := ['x']]");
}

}  // namespace
}  // namespace dfy
