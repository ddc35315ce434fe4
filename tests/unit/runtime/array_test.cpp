// Tests for runtime/include/dfy/array.h: dfy::Array<T, Dims>, Dafny's
// reference-type arrays.
#include "dfy/array.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <unordered_set>

#include "dfy/int.h"
#include "dfy/seq.h"
#include "printed.h"

namespace dfy {
namespace {

using testing::Printed;

TEST_CASE("Array: new with a default value, length, element access") {
  Array<Int> a = Array<Int>::Filled({Int(3)}, Int(0));
  CHECK(a.Length() == 3);
  CHECK(a.Length0() == 3);
  CHECK(a[0] == 0);
  a[Int(1)] = Int(42);
  a[size_t{2}] = a[1] + 1;
  CHECK(a[Int(1)] == 42);
  CHECK(a[2] == 43);
  Array<bool> flags = Array<bool>::Filled({Int(2)}, false);
  flags[1] = true;
  CHECK_FALSE(flags[0]);
  CHECK(flags[1]);
  Array<Int> empty = Array<Int>::Filled({Int(0)}, Int(7));
  CHECK(empty.Length() == 0);
  CHECK(empty.ToSeq().empty());
}

TEST_CASE("Array: copying the handle aliases, as Dafny references do") {
  Array<Int> a = Array<Int>::Filled({Int(2)}, Int(0));
  Array<Int> b = a;
  b[0] = Int(5);
  CHECK(a[0] == 5);
  CHECK(a == b);
  CHECK(a != Array<Int>::Filled({Int(2)}, Int(0)));
  const Array<Int> c = a;
  c[1] = Int(9);  // A const handle still reaches mutable elements.
  CHECK(a[1] == 9);
  Array<Int> null;
  CHECK(null.IsNull());
  CHECK_FALSE(a.IsNull());
  std::unordered_set<Array<Int>> arrays = {a, b, c};
  CHECK(arrays.size() == 1);
}

TEST_CASE("Array: initializer function and display") {
  auto a = Array<Int>::Init({Int(4)}, [](const Int& i) { return i * 10; });
  CHECK(a.ToSeq() == Seq<Int>{0, 10, 20, 30});
  auto b = Array<Int>::FromList({7, 8, 9});
  CHECK(b.Length() == 3);
  CHECK(b[2] == 9);
}

TEST_CASE("Array: conversion to seq copies") {
  auto a = Array<Int>::FromList({1, 2, 3, 4, 5});
  Seq<Int> all = a.ToSeq();
  Seq<Int> middle = a.Slice(Int(1), Int(4));
  a[2] = Int(0);
  CHECK(all == Seq<Int>{1, 2, 3, 4, 5});
  CHECK(middle == Seq<Int>{2, 3, 4});
  CHECK(a.Take(Int(2)) == Seq<Int>{1, 2});
  CHECK(a.Drop(Int(3)) == Seq<Int>{4, 5});
  CHECK(a.Slice(Int(2), Int(2)).empty());
}

TEST_CASE("Array: multi-dimensional, row-major") {
  auto m =
      Array<Int, 2>::Init({Int(2), Int(3)}, [](const Int& i, const Int& j) { return i * 10 + j; });
  CHECK(m.Length0() == 2);
  CHECK(m.Length1() == 3);
  CHECK(m.Length(1) == 3);
  CHECK(m.At(Int(0), Int(0)) == 0);
  CHECK(m.At(Int(1), Int(2)) == 12);
  CHECK(m.At(size_t{1}, size_t{0}) == 10);
  m.At(Int(0), Int(1)) = Int(-1);
  CHECK(m.At(0ul, 1ul) == -1);
  auto cube = Array<char32_t, 3>::Filled({Int(2), Int(0), Int(4)}, U'D');
  CHECK(cube.Length2() == 4);
  CHECK(cube.Length1() == 0);
  auto grid = Array<char32_t, 3>::Filled({Int(2), Int(2), Int(2)}, U'D');
  grid.At(1, 1, 1) = U'x';
  CHECK(grid.At(Int(1), Int(1), Int(1)) == U'x');
  CHECK(grid.At(Int(1), Int(1), Int(0)) == U'D');
}

TEST_CASE("Array: elements are destroyed once, with the last handle") {
  Seq<Int> shared = {1, 2, 3};
  {
    auto a = Array<Seq<Int>>::Filled({Int(3)}, shared);
    auto b = a;
    CHECK(b[2] == shared);
  }
  CHECK(shared.size() == 3);
}

TEST_CASE("Array: a size too large halts as C# does") {
  std::FILE* out = std::tmpfile();
  REQUIRE(out != nullptr);
  std::fflush(nullptr);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(fileno(out), STDOUT_FILENO);
    (void)Array<Int>::Filled({Int::FromString("9223372036854775808")}, Int(0));
    std::_Exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 1);
  std::rewind(out);
  char buffer[200] = {};
  size_t n = std::fread(buffer, 1, sizeof(buffer) - 1, out);
  std::fclose(out);
  CHECK(std::string(buffer, n) ==
        "[Program halted] array size exceeds memory limit: 9223372036854775808\n");
}

TEST_CASE("Print: arrays print null or array") {
  CHECK(Printed(Array<Int>()) == "null");
  CHECK(Printed(Array<Int>::FromList({1})) == "array");
}

}  // namespace
}  // namespace dfy
