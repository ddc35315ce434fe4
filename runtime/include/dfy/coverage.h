// Execution coverage, as `dafny test --coverage-report` and `dafny run --coverage-report`
// collect it: code emitted with coverage (dfyc's --coverage-report) counts how often each
// instrumented branch runs. The emitter numbers the branches 0..n-1 and keeps the legend (each
// number's source position); main() calls Setup(n) first and TearDown() when the program ends
// normally, which writes the counts, one decimal number a line in branch order, to the file
// named by the environment variable DFY_COVERAGE_FILE (nothing when it is unset). The driver
// then joins counts and legend into the report (driver/coverage_report.h).
#ifndef DFY_COVERAGE_H_
#define DFY_COVERAGE_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <vector>

namespace dfy::coverage {

inline std::vector<std::uint64_t>& Tallies() {
  static std::vector<std::uint64_t> tallies;
  return tallies;
}

inline void Setup(std::size_t branches) { Tallies().assign(branches, 0); }

inline void Record(std::size_t branch) {
  std::vector<std::uint64_t>& t = Tallies();
  if (branch < t.size()) ++t[branch];
}

inline void TearDown() {
  const char* path = std::getenv("DFY_COVERAGE_FILE");
  if (!path || !*path) return;
  std::ofstream out(path, std::ios::trunc);
  for (std::uint64_t n : Tallies()) out << n << '\n';
}

}  // namespace dfy::coverage

#endif  // DFY_COVERAGE_H_
