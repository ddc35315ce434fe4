// Tests for runtime/include/dfy/print.h and runtime/include/dfy/halt.h:
// Dafny's print format, stdout set-up, and the halt format.
#include "dfy/print.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <iostream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>

#include "dfy/halt.h"
#include "dfy/int.h"
#include "dfy/runtime.h"
#include "printed.h"

namespace dfy {
namespace {

// What `Print(out, value)` writes.
using testing::Printed;

std::string PrintedString(std::u32string_view text) {
  std::ostringstream out;
  PrintString(out, text);
  return out.str();
}

std::string PrintedQuoted(std::u32string_view text) {
  std::ostringstream out;
  PrintQuotedString(out, text);
  return out.str();
}

// The result of running code in a child process, as a generated program
// would run: its exit status and everything it wrote.
struct ChildRun {
  int status = 0;
  std::string out;
  std::string err;
};

std::string ReadAll(std::FILE* file) {
  std::rewind(file);
  std::string text;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof(buffer), file)) > 0) {
    text.append(buffer, n);
  }
  std::fclose(file);
  return text;
}

// Forks, sends the child's stdout and stderr to temporary files, runs
// `body`, then leaves through std::exit(0) (running atexit handlers) unless
// `body` left first. The child drops doctest's SIGABRT and terminate
// handlers, so that it ends as a generated program would.
ChildRun RunInChild(const std::function<void()>& body) {
  std::cout.flush();
  std::fflush(nullptr);
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  REQUIRE(out != nullptr);
  REQUIRE(err != nullptr);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    std::signal(SIGABRT, SIG_DFL);
    std::set_terminate([] { std::abort(); });
    dup2(fileno(out), STDOUT_FILENO);
    dup2(fileno(err), STDERR_FILENO);
    try {
      body();
    } catch (...) {
      // Never resume doctest's loop in the child.
      std::_Exit(99);
    }
    std::exit(0);
  }
  ChildRun run;
  waitpid(pid, &run.status, 0);
  run.out = ReadAll(out);
  run.err = ReadAll(err);
  return run;
}

// Stands for a generated main() from which an exception escapes: the
// exception leaves a noexcept function, so std::terminate runs.
void Throw() { throw std::runtime_error("boom"); }
void CallNoexcept(void (*function)()) noexcept { function(); }

bool ExitedWith(const ChildRun& run, int code) {
  return WIFEXITED(run.status) && WEXITSTATUS(run.status) == code;
}

bool Aborted(const ChildRun& run) {
  return WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGABRT;
}

TEST_CASE("Print: int in plain decimal") {
  CHECK(Printed(Int(0)) == "0");
  CHECK(Printed(Int(-5)) == "-5");
  CHECK(Printed(Int(1234567)) == "1234567");
  CHECK(Printed(Int::FromString("1267650600228229401496703205376")) ==
        "1267650600228229401496703205376");
  CHECK(Printed(-Int::FromString("1267650600228229401496703205376")) ==
        "-1267650600228229401496703205376");
  CHECK(Printed(-Int(0)) == "0");
  // The stream's formatting flags do not leak into Dafny output.
  std::ostringstream out;
  out << std::hex << std::showpos;
  Print(out, Int(255));
  CHECK(out.str() == "255");
}

TEST_CASE("Print: bool") {
  CHECK(Printed(true) == "true");
  CHECK(Printed(false) == "false");
}

TEST_CASE("Print: native integers print like their Dafny base type") {
  CHECK(Printed(int8_t{-128}) == "-128");
  CHECK(Printed(uint8_t{200}) == "200");
  CHECK(Printed(int32_t{300}) == "300");
  CHECK(Printed(uint32_t{4294967283u}) == "4294967283");
  CHECK(Printed(std::numeric_limits<int64_t>::min()) == "-9223372036854775808");
  CHECK(Printed(std::numeric_limits<uint64_t>::max()) == "18446744073709551615");
}

TEST_CASE("Print: a char in quotes with exactly seven escapes") {
  CHECK(Printed(U'q') == "'q'");
  CHECK(Printed(U' ') == "' '");
  CHECK(Printed(U'\n') == "'\\n'");
  CHECK(Printed(U'\r') == "'\\r'");
  CHECK(Printed(U'\t') == "'\\t'");
  CHECK(Printed(U'\0') == "'\\0'");
  CHECK(Printed(U'\'') == "'\\''");
  CHECK(Printed(U'"') == "'\\\"'");
  CHECK(Printed(U'\\') == "'\\\\'");
  // Other control characters are written raw.
  CHECK(Printed(char32_t{0x01}) == "'\x01'");
  CHECK(Printed(char32_t{0x7F}) == "'\x7F'");
  CHECK(Printed(char32_t{0x0B}) == "'\x0B'");
  // Non-ASCII as UTF-8, in each encoded length.
  CHECK(Printed(U'\u00E9') == "'\xC3\xA9'");
  CHECK(Printed(U'\u20AC') == "'\xE2\x82\xAC'");
  CHECK(Printed(U'\U0001F680') == "'\xF0\x9F\x9A\x80'");
  CHECK(Printed(U'\U0010FFFF') == "'\xF4\x8F\xBF\xBF'");
  CHECK(Printed(char32_t{0x7FF}) == "'\xDF\xBF'");
  CHECK(Printed(char32_t{0x800}) == "'\xE0\xA0\x80'");
  CHECK(Printed(char32_t{0xFFFF}) == "'\xEF\xBF\xBF'");
  CHECK(Printed(char32_t{0x10000}) == "'\xF0\x90\x80\x80'");
}

TEST_CASE("Print: a non-scalar char value becomes U+FFFD") {
  CHECK(Printed(char32_t{0xD800}) == "'\xEF\xBF\xBD'");
  CHECK(Printed(char32_t{0xDFFF}) == "'\xEF\xBF\xBD'");
  CHECK(Printed(char32_t{0x110000}) == "'\xEF\xBF\xBD'");
}

TEST_CASE("PrintString: raw UTF-8, no quotes, no escapes") {
  CHECK(PrintedString(U"hi\n") == "hi\n");
  CHECK(PrintedString(U"") == "");
  CHECK(PrintedString(U"a\tb\"c'd\\e") == "a\tb\"c'd\\e");
  CHECK(PrintedString(std::u32string_view(U"x\0y", 3)) == std::string("x\0y", 3));
  CHECK(PrintedString(U"caf\u00E9") == "caf\xC3\xA9");
  CHECK(PrintedString(U"\U0001F680 go") == "\xF0\x9F\x9A\x80 go");
}

TEST_CASE("PrintString: long text crosses the internal buffer intact") {
  std::u32string text;
  std::string expected;
  for (int i = 0; i < 3000; ++i) {
    switch (i % 3) {
      case 0:
        text += U'a';
        expected += "a";
        break;
      case 1:
        text += U'\u00E9';
        expected += "\xC3\xA9";
        break;
      default:
        text += U'\U0001F680';
        expected += "\xF0\x9F\x9A\x80";
        break;
    }
  }
  CHECK(PrintedString(text) == expected);
  std::u32string quotes(2000, U'"');
  std::string escaped_quotes = "\"";
  for (int i = 0; i < 2000; ++i) {
    escaped_quotes += "\\\"";
  }
  escaped_quotes += "\"";
  CHECK(PrintedQuoted(quotes) == escaped_quotes);
}

TEST_CASE("PrintUtf8Literal: bytes as given") {
  std::ostringstream out;
  PrintUtf8Literal(out, "hi \xC3\xA9\n");
  PrintUtf8Literal(out, std::string_view("a\0b", 3));
  CHECK(out.str() == std::string("hi \xC3\xA9\na\0b", 9));
}

TEST_CASE("PrintQuotedString: a string field in quotes, escaped") {
  CHECK(PrintedQuoted(U"Kaboom!") == "\"Kaboom!\"");
  CHECK(PrintedQuoted(U"it's") == "\"it\\'s\"");
  CHECK(PrintedQuoted(U"a\nb\t\"c\"\\") == "\"a\\nb\\t\\\"c\\\"\\\\\"");
  CHECK(PrintedQuoted(U"") == "\"\"");
  CHECK(PrintedQuoted(U"\u00E9") == "\"\xC3\xA9\"");
}

TEST_CASE("Print on stdout, flushed at exit after InitOutput") {
  ChildRun run = RunInChild([] {
    InitOutput();
    InitOutput();  // Idempotent.
    Print(Int(42));
    Print(U'x');
    Print(true);
    PrintString(U" \u00E9");
    PrintUtf8Literal("\n");
  });
  CHECK(ExitedWith(run, 0));
  CHECK(run.out == "42'x'true \xC3\xA9\n");
  CHECK(run.err == "");
}

TEST_CASE("InitOutput: output survives an uncaught exception") {
  ChildRun run = RunInChild([] {
    InitOutput();
    PrintUtf8Literal("before\n");
    CallNoexcept(Throw);
  });
  CHECK(Aborted(run));
  CHECK(run.out == "before\n");
}

TEST_CASE("Halt: Dafny's expect-failure format on stdout, exit 1") {
  ChildRun run = RunInChild([] {
    InitOutput();
    PrintUtf8Literal("partial ");
    Halt("Expect.dfy(22,2)", "expectation violation");
  });
  CHECK(ExitedWith(run, 1));
  CHECK(run.out == "partial [Program halted] Expect.dfy(22,2): expectation violation\n");
  CHECK(run.err == "");

  ChildRun no_location =
      RunInChild([] { Halt("", "array size exceeds memory limit: 9223372036854775808"); });
  CHECK(ExitedWith(no_location, 1));
  CHECK(no_location.out ==
        "[Program halted] array size exceeds memory limit: "
        "9223372036854775808\n");
}

TEST_CASE("FailRuntimeCheck: keeps stdout, reports on stderr, aborts") {
  ChildRun run = RunInChild([] {
    InitOutput();
    PrintUtf8Literal("so far");
    (void)(Int(1) / Int(0));
  });
  CHECK(Aborted(run));
  CHECK(run.out == "so far");
  CHECK(run.err == "dfy runtime: check failed: division by zero\n");
}

}  // namespace
}  // namespace dfy
