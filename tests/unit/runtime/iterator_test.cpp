// Tests for runtime/include/dfy/iterator.h: dfy::IteratorBody, a compiled iterator's body.
#include "dfy/iterator.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <vector>

namespace dfy {
namespace {

// An iterator yielding lo, lo + 1, ..., hi - 1 through `out`, as generated code writes one.
IteratorBody Range(int lo, int hi, int& out, std::vector<int>& trace) {
  trace.push_back(-1);  // the body has started
  for (int i = lo; i < hi; ++i) {
    out = i;
    co_yield kYield;
  }
  trace.push_back(-2);  // the body has ended
}

TEST_CASE("the body starts at the first Resume and stops at each yield") {
  int x = 0;
  std::vector<int> trace;
  IteratorBody body = Range(3, 5, x, trace);
  CHECK(trace.empty());
  CHECK(body.Resume());
  CHECK(x == 3);
  CHECK(trace == std::vector<int>{-1});
  CHECK(body.Resume());
  CHECK(x == 4);
  CHECK_FALSE(body.Resume());
  CHECK(trace == std::vector<int>{-1, -2});
  CHECK_FALSE(body.Resume());  // an ended body stays ended
}

TEST_CASE("an empty or default body yields nothing") {
  int x = 7;
  std::vector<int> trace;
  IteratorBody body = Range(5, 5, x, trace);
  CHECK_FALSE(body.Resume());
  CHECK(x == 7);
  IteratorBody none;
  CHECK_FALSE(none.Resume());
}

TEST_CASE("a body moves, and dies unfinished without leaking") {
  int x = 0;
  std::vector<int> trace;
  IteratorBody body = Range(0, 100, x, trace);
  CHECK(body.Resume());
  IteratorBody moved = std::move(body);
  CHECK(moved.Resume());
  CHECK(x == 1);
  CHECK_FALSE(body.Resume());  // NOLINT(bugprone-use-after-move): moved-from is empty
}

IteratorBody Throws() {
  co_yield kYield;
  throw std::runtime_error("expect failed");
}

TEST_CASE("an exception in the body reaches the caller of Resume") {
  IteratorBody body = Throws();
  CHECK(body.Resume());
  CHECK_THROWS_AS(body.Resume(), std::runtime_error);
}

}  // namespace
}  // namespace dfy
