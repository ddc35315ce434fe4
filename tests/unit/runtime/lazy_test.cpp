// Tests for runtime/include/dfy/lazy.h: dfy::LazyRep, the node of a codatatype value.
#include "dfy/lazy.h"

#include <doctest/doctest.h>

#include <memory>

namespace dfy {
namespace {

struct Node {
  int value = 0;
};

TEST_CASE("an evaluated node reads at once") {
  LazyRep<Node> rep(std::make_shared<Node>(Node{7}));
  CHECK(rep.Evaluated());
  CHECK(rep->value == 7);
  CHECK((*rep).value == 7);
}

TEST_CASE("a deferred node is computed once, at its first use, for every copy") {
  int calls = 0;
  LazyRep<Node> rep = LazyRep<Node>::Deferred([&calls] {
    ++calls;
    return std::make_shared<const Node>(Node{42});
  });
  LazyRep<Node> copy = rep;
  CHECK(calls == 0);
  CHECK_FALSE(rep.Evaluated());
  CHECK(copy->value == 42);
  CHECK(calls == 1);
  CHECK(rep.Evaluated());
  CHECK(rep->value == 42);
  CHECK(calls == 1);
  CHECK(rep.Force() == copy.Force());
}

TEST_CASE("the computation's captures die once it has run") {
  auto captured = std::make_shared<int>(1);
  std::weak_ptr<int> watch = captured;
  LazyRep<Node> rep = LazyRep<Node>::Deferred(
      [captured = std::move(captured)] { return std::make_shared<const Node>(Node{*captured}); });
  CHECK_FALSE(watch.expired());
  CHECK(rep->value == 1);
  CHECK(watch.expired());
}

TEST_CASE("ReleaseIfUnique moves out a node only its one handle reaches") {
  LazyRep<Node> rep(std::make_shared<Node>(Node{3}));
  LazyRep<Node> copy = rep;
  CHECK(rep.ReleaseIfUnique() == nullptr);  // shared with `copy`
  copy = LazyRep<Node>();
  std::shared_ptr<const Node> node = rep.ReleaseIfUnique();
  REQUIRE(node != nullptr);
  CHECK(node->value == 3);
  LazyRep<Node> deferred =
      LazyRep<Node>::Deferred([] { return std::make_shared<const Node>(Node{4}); });
  CHECK(deferred.ReleaseIfUnique() == nullptr);  // not evaluated
}

}  // namespace
}  // namespace dfy
