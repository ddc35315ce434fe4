// Tests for runtime/include/dfy/tuple.h: dfy::Tuple<Ts...>.
#include "dfy/tuple.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <tuple>
#include <unordered_set>

#include "dfy/int.h"
#include "dfy/seq.h"
#include "dfy/set.h"
#include "printed.h"

namespace dfy {
namespace {

using testing::Printed;

TEST_CASE("Tuple: access, equality, hashing") {
  Tuple<Int, bool> t(Int(17), true);
  CHECK(std::get<0>(t) == 17);
  CHECK(std::get<1>(t));
  auto [number, flag] = t;
  CHECK(number == 17);
  CHECK(flag);
  CHECK(t == Tuple<Int, bool>(Int(17), true));
  CHECK(t != Tuple<Int, bool>(Int(17), false));
  Tuple deduced(Int(1), U'a');
  CHECK(std::get<1>(deduced) == U'a');
  CHECK(Tuple<>() == Tuple<>());
  std::hash<Tuple<Int, bool>> hash;
  CHECK(hash(t) == hash(Tuple<Int, bool>(Int(17), true)));
  std::unordered_set<Tuple<Int, Int>> set = {Tuple<Int, Int>(1, 2), Tuple<Int, Int>(1, 2),
                                             Tuple<Int, Int>(2, 1)};
  CHECK(set.size() == 2);
}

TEST_CASE("Print: tuples with the generic printer") {
  CHECK(Printed(Tuple<>()) == "()");
  CHECK(Printed(Tuple<Int, Int>(17, 2)) == "(17, 2)");
  CHECK(Printed(Tuple<String, char32_t, bool>(String(U"hi"), U'q', false)) ==
        "(['h', 'i'], 'q', false)");
  CHECK(Printed(Tuple<Tuple<Int>, Seq<Int>>(Tuple<Int>(Int(1)), Seq<Int>{2})) == "((1), [2])");
  CHECK(Printed(Set<Tuple<Int, Int>>{Tuple<Int, Int>(1, 2)}) == "{(1, 2)}");
}

TEST_CASE("Tuple: DafnyHash is C#'s djb2") {
  // 5381*33 + 0, then *33 + 1, then *33 + 2, truncated.
  uint64_t expected = ((5381ULL * 33) * 33 + 1) * 33 + 2;
  CHECK(DafnyHash(Tuple<Int, Int>(1, 2)) == static_cast<int32_t>(static_cast<uint32_t>(expected)));
  uint64_t negative = (5381ULL * 33) * 33 + static_cast<uint64_t>(int64_t{-1});
  CHECK(DafnyHash(Tuple<Int>(Int(-1))) == static_cast<int32_t>(static_cast<uint32_t>(negative)));
}

}  // namespace
}  // namespace dfy
