// Tests for runtime/include/dfy/multiset.h: dfy::Multiset<T>.
#include "dfy/multiset.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <unordered_set>

#include "dfy/int.h"
#include "dfy/seq.h"
#include "dfy/set.h"
#include "printed.h"

namespace dfy {
namespace {

using testing::Printed;

using Bag = Multiset<Int>;

TEST_CASE("Multiset: construction, cardinality, multiplicity") {
  Bag empty;
  CHECK(empty.Cardinality() == 0);
  CHECK(empty.empty());
  CHECK(empty.Multiplicity(Int(1)) == 0);
  Bag m = {1, 1, 2};
  CHECK(m.Cardinality() == 3);
  CHECK(m.DistinctSize() == 2);
  CHECK(m.Multiplicity(Int(1)) == 2);
  CHECK(m.Multiplicity(Int(2)) == 1);
  CHECK(m.Multiplicity(Int(3)) == 0);
  CHECK(m.Contains(Int(2)));
  CHECK_FALSE(m.Contains(Int(3)));
  CHECK(Bag::FromSeq(Seq<Int>{2, 1, 1}) == m);
  CHECK(Bag::FromSet(Set<Int>{1, 2}) == Bag{1, 2});
}

TEST_CASE("Multiset: update") {
  Bag m = {1, 1, 2};
  Bag more = m.Update(Int(1), Int(5));
  CHECK(more.Multiplicity(Int(1)) == 5);
  CHECK(more.Cardinality() == 6);
  CHECK(m.Multiplicity(Int(1)) == 2);
  Bag none = m.Update(Int(2), Int(0));
  CHECK_FALSE(none.Contains(Int(2)));
  CHECK(none == Bag{1, 1});
  CHECK(m.Update(Int(9), Int(0)) == m);
}

TEST_CASE("Multiset: union, intersection, difference") {
  Bag a = {1, 1, 2};
  Bag b = {1, 3};
  CHECK(a + b == Bag{1, 1, 1, 2, 3});
  CHECK(a * b == Bag{1});
  CHECK(a - b == Bag{1, 2});
  CHECK(b - a == Bag{3});
  CHECK(a - a == Bag());
  CHECK(a == Bag{1, 2, 1});
  CHECK((a + a).Cardinality() == 6);
}

TEST_CASE("Multiset: sub-multiset order, disjointness, equality, hash") {
  Bag a = {1, 2};
  Bag b = {1, 1, 2};
  CHECK(a <= b);
  CHECK(a < b);
  CHECK(b >= a);
  CHECK(b > a);
  CHECK_FALSE(b <= a);
  CHECK(a <= a);
  CHECK_FALSE(a < a);
  CHECK(a != b);
  CHECK(a.IsDisjointFrom(Bag{3, 3}));
  CHECK_FALSE(a.IsDisjointFrom(Bag{2}));
  std::hash<Bag> hash;
  CHECK(hash(Bag{1, 2, 1}) == hash(Bag{1, 1, 2}));
  std::unordered_set<Bag> bags = {Bag{1, 1}, Bag{1}, Bag{1} + Bag{1}};
  CHECK(bags.size() == 2);
}

TEST_CASE("Print: multisets repeat each element, C#'s order") {
  CHECK(Printed(Bag()) == "multiset{}");
  CHECK(Printed(Bag{82, 17, 82, 17}) == "multiset{17, 17, 82, 82}");
  CHECK(Printed(Bag{2, 1, 1}) == "multiset{1, 1, 2}");
  CHECK(Printed(Multiset<char32_t>{U'b', U'a'}) == "multiset{'a', 'b'}");
  CHECK(Printed(Multiset<bool>{true, false, true}) == "multiset{false, true, true}");
}

}  // namespace
}  // namespace dfy
