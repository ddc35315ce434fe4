// Tests for runtime/include/dfy/coverage.h: the branch counts of a program built for
// --coverage-report, written at its end to the file DFY_COVERAGE_FILE names.
#include "dfy/coverage.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dfy {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_CASE("coverage: counts per branch, written one a line") {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("dfy-coverage-test-" + std::to_string(getpid()) + ".txt"))
                         .string();
  coverage::Setup(3);
  coverage::Record(2);
  coverage::Record(0);
  coverage::Record(2);
  coverage::Record(7);  // out of range: ignored
  setenv("DFY_COVERAGE_FILE", path.c_str(), 1);
  coverage::TearDown();
  unsetenv("DFY_COVERAGE_FILE");
  CHECK(Slurp(path) == "1\n0\n2\n");
  std::remove(path.c_str());
}

TEST_CASE("coverage: no file named, nothing written") {
  coverage::Setup(1);
  coverage::Record(0);
  unsetenv("DFY_COVERAGE_FILE");
  coverage::TearDown();  // must not fail
  CHECK(coverage::Tallies().size() == 1);
  CHECK(coverage::Tallies()[0] == 1);
}

}  // namespace
}  // namespace dfy
