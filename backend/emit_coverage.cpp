// Execution coverage (EmitOptions::coverage), as Dafny's compilers instrument a program for
// `--coverage-report` (its CoverageInstrumenter): each instrumented branch gets a number and
// the statement `dfy::coverage::Record(n);` at its start; the legend (CppUnit::coverage) says
// where each branch is. The branches are those Dafny counts: the entry of each compiled method
// and function body, the then branch and the (possibly implicit) else branch of an if (no else
// point when the else is another if, which has its own), each case of an if-case, match or
// while-case statement, a while loop's body, and the branches of an if-then-else or match that
// is a function's result (EmitReturn), including the cases of a match anywhere in an
// expression, which Dafny compiles the same way. `for` loops, short-circuit operators and
// if-then-else inside other expressions are not branches to Dafny.
#include <fmt/format.h>

#include "backend/emitter.h"

namespace dfy::backend {

std::string Emitter::CoverageRecord(SourceRange at, const std::string& what) {
  if (!options_.coverage || check_only_ || ctx_.sources.File(at.file).library()) return "";
  coverage_.push_back(CoveragePoint{at, what, true});
  return fmt::format("dfy::coverage::Record({});", coverage_.size() - 1);
}

void Emitter::Cover(SourceRange at, const char* what) {
  std::string record = CoverageRecord(at, what);
  if (!record.empty()) Line(record);
}

void Emitter::CoverUnused(SourceRange at, const char* what) {
  if (!options_.coverage || check_only_ || ctx_.sources.File(at.file).library()) return;
  coverage_.push_back(CoveragePoint{at, what, false});
}

}  // namespace dfy::backend
