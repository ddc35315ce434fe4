// Tests for runtime/include/dfy/std/actions_externs.h (the {:extern} SetElements of the
// standard library's Std.ActionsExterns).
#include "dfy/std/actions_externs.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "../printed.h"
#include "dfy/int.h"
#include "dfy/seq.h"
#include "dfy/set.h"

namespace dfy {
namespace {

using testing::Printed;

TEST_CASE("SetElements: each element once, in print order") {
  Set<Int> s{Int(5), Int(3), Int(1), Int(4), Int(2)};
  Seq<Int> elements = Std::ActionsExterns::SetElements(s);
  CHECK(elements.size() == 5);
  // The order in which Dafny's C# enumerates and prints the set.
  CHECK(Printed(elements) == "[1, 2, 3, 4, 5]");
  CHECK(Printed(s) == "{1, 2, 3, 4, 5}");
}

TEST_CASE("SetElements: strings in C#'s hash order, as print shows the set") {
  Set<String> s{String(U"pear"), String(U"fig"), String(U"apple"), String(U"kiwi")};
  Seq<String> elements = Std::ActionsExterns::SetElements(s);
  std::string set_text = Printed(s);
  std::string seq_text = Printed(elements);
  // Same elements in the same order: only the brackets differ.
  CHECK(set_text.substr(1, set_text.size() - 2) == seq_text.substr(1, seq_text.size() - 2));
  CHECK(seq_text.starts_with("[['f', 'i', 'g'], ['k', 'i', 'w', 'i']"));
}

TEST_CASE("SetElements: the empty set") {
  Set<Int> empty;
  CHECK(Std::ActionsExterns::SetElements(empty).size() == 0);
}

}  // namespace
}  // namespace dfy
