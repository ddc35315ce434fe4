// Running {:test} methods, as `dafny test` runs them (the main() of `dfyc test`).
//
// Each test prints "<name>: ", then whatever it prints, then "PASSED" or
// "FAILED" and, on the next line, a tab and the failure: a failed `expect`
// ("<file>(<line>,<col>): <message>") or the value of a failure-compatible
// result it returned. After the last test, a failure anywhere halts with
// "Test failures occurred: see above." and an empty line (exit status 1):
// Dafny's message ends with a newline of its own.
#ifndef DFY_TEST_H_
#define DFY_TEST_H_

#include <functional>
#include <iostream>
#include <string_view>

#include "dfy/halt.h"

namespace dfy {

// Runs one test; true when it passed. `body` halts (dfy::Halt, or
// FailTest for a failure value) to fail.
inline bool RunTest(std::string_view name, const std::function<void()>& body) {
  std::cout << name << ": ";
  internal::HaltThrows() = true;
  try {
    body();
  } catch (const TestFailure& failure) {
    internal::HaltThrows() = false;
    std::cout << "FAILED\n\t";
    if (!failure.location.empty()) std::cout << failure.location << ": ";
    std::cout << failure.message << "\n";
    return false;
  }
  internal::HaltThrows() = false;
  std::cout << "PASSED\n";
  return true;
}

// Fails the running test with the printed failure value `text`.
[[noreturn]] inline void FailTest(std::string text) { throw TestFailure{"", std::move(text)}; }

// After the tests: halts when one failed. `location` is Dafny's, the
// program's first declaration.
inline void FinishTests(bool all_passed, std::string_view location) {
  if (!all_passed) Halt(location, "Test failures occurred: see above.\n");
}

}  // namespace dfy

#endif  // DFY_TEST_H_
