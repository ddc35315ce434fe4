// Stopping a running Dafny program: Halt for a failed `expect` (a normal,
// user-visible outcome) and FailRuntimeCheck for a broken runtime
// precondition (a bug: verified code cannot reach it).
#ifndef DFY_HALT_H_
#define DFY_HALT_H_

#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

namespace dfy {

namespace internal {

// True while `dfyc test` runs a {:test} method (dfy/test.h): a halt then
// throws TestFailure, which fails that test only, as Dafny's C# test runner
// catches its HaltException.
inline bool& HaltThrows() {
  static bool throws = false;
  return throws;
}

}  // namespace internal

// What a halt throws inside a {:test} method.
struct TestFailure {
  std::string location;  // "<file>(<line>,<column0>)", or empty
  std::string message;
};

// Dafny's halt, as the C# backend does it: writes
// "[Program halted] <location>: <message>\n" to stdout (just
// "[Program halted] <message>\n" when `location` is empty), flushes stdout,
// and exits with status 1. Output printed earlier stays on stdout.
// `location` is "<file>(<line>,<column0>)"; `message` is already formatted.
[[noreturn]] inline void Halt(std::string_view location, std::string_view message) {
  if (internal::HaltThrows()) {
    throw TestFailure{std::string(location), std::string(message)};
  }
  constexpr std::string_view kPrefix = "[Program halted] ";
  std::cout.write(kPrefix.data(), static_cast<std::streamsize>(kPrefix.size()));
  if (!location.empty()) {
    std::cout.write(location.data(), static_cast<std::streamsize>(location.size()));
    std::cout.write(": ", 2);
  }
  std::cout.write(message.data(), static_cast<std::streamsize>(message.size()));
  std::cout.put('\n');
  std::cout.flush();
  std::exit(1);
}

// Reports a violated runtime precondition (division by zero, a malformed
// literal, ...) that verification should have ruled out: flushes stdout so
// the program's output so far is kept, writes
// "dfy runtime: check failed: <message>\n" to stderr and aborts.
[[noreturn]] inline void FailRuntimeCheck(std::string_view message) {
  std::cout.flush();
  std::cerr << "dfy runtime: check failed: " << message << std::endl;
  std::abort();
}

// Marks a point that verified code cannot reach (after a match whose
// cases cover every constructor); reaching it is a bug.
[[noreturn]] inline void Unreachable() { FailRuntimeCheck("unreachable code reached"); }

}  // namespace dfy

#endif  // DFY_HALT_H_
