// Tests for runtime/include/dfy/object.h (dfy::Object, dfy::Heap, dfy::New) and
// runtime/include/dfy/value_text.h.
#include "dfy/object.h"

#include <doctest/doctest.h>

#include <string>

#include "dfy/int.h"
#include "dfy/multiset.h"
#include "dfy/seq.h"
#include "dfy/set.h"
#include "dfy/value_text.h"
#include "printed.h"

namespace dfy {
namespace {

struct Node : Object {
  Int value;
  Node* next = nullptr;
  std::string_view DafnyTypeName() const override { return "_module.Node"; }
};

TEST_CASE("New gives distinct default-initialised objects owned by the heap") {
  Node* a = New<Node>();
  Node* b = New<Node>();
  CHECK(a != b);
  CHECK(a->value == 0);
  CHECK(a->next == nullptr);
  // A cycle: both stay valid; the heap frees them at exit (no leak under LeakSanitizer).
  a->next = b;
  b->next = a;
  CHECK(a->next->next == a);
}

// A trait that is not the first base of the class implementing it: converting a pointer to it
// changes the pointer's value.
struct Named {
  virtual ~Named() = default;
};
struct Leaf : Named, Object {};

TEST_CASE("collections of objects convert to collections of a supertype (covariance)") {
  Node* a = New<Node>();
  Leaf* b = New<Leaf>();
  Set<Node*> nodes{a};
  Set<Leaf*> leaves{b};
  Set<Object*> all = Set<Object*>(nodes) + Set<Object*>(leaves);
  CHECK(all.size() == 2);
  CHECK(all.Contains(a));
  CHECK(all.Contains(static_cast<Object*>(b)));
  Set<Named*> named(leaves);
  CHECK(named.Contains(static_cast<Named*>(b)));
  Seq<Object*> seq(Seq<Leaf*>{b, b});
  CHECK(seq.size() == 2);
  CHECK(seq[1] == static_cast<Object*>(b));
  CHECK(Seq<Object*>(Seq<Node*>{}).empty());
  Multiset<Object*> bag(Multiset<Leaf*>{b, b});
  CHECK(bag.Cardinality() == 2);
  CHECK(bag.Multiplicity(static_cast<Object*>(b)) == 2);
}

TEST_CASE("a reference prints as null or its Dafny class name") {
  const Node* none = nullptr;
  CHECK(testing::Printed(none) == "null");
  CHECK(testing::Printed(static_cast<const Node*>(New<Node>())) == "_module.Node");
}

TEST_CASE("Set::Insert adds in place without changing copies") {
  Set<Int> s{Int(1)};
  Set<Int> copy = s;
  s.Insert(Int(2));
  s.Insert(Int(1));
  CHECK(s.size() == 2);
  CHECK(copy.size() == 1);
  CHECK(testing::Printed(s) == "{1, 2}");
}

TEST_CASE("PrintedText and StringText give what print writes") {
  CHECK(PrintedText(Seq<Int>{Int(1), Int(2)}) == "[1, 2]");
  CHECK(PrintedText(U'x') == "'x'");
  CHECK(StringText(String(U"h\u00e9")) == "h\xc3\xa9");
}

TEST_CASE("DafnyHashOrZero falls back to 0 for types without a DafnyHash") {
  CHECK(internal::DafnyHashOrZero(Int(7)) == 7);
  CHECK(internal::DafnyHashOrZero(std::string("x")) == 0);
}

}  // namespace
}  // namespace dfy
