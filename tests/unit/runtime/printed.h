// Test helper shared by the runtime tests: what dfy::Print writes for a value.
#pragma once

#include <sstream>
#include <string>

namespace dfy::testing {

template <typename T>
std::string Printed(const T& value) {
  std::ostringstream out;
  Print(out, value);
  return out.str();
}

}  // namespace dfy::testing
