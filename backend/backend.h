// The backend's entry header: ResolvedProgram -> C++ sources.
//   Ghost code and specifications are erased; what remains is emitted as C++20 that includes
//   the runtime (runtime/include/dfy/runtime.h). Code that cannot be compiled (a call of a
//   ghost function, an assume without {:axiom}) is a CompileError diagnostic.
#pragma once

#include <string>
#include <vector>

#include "common/context.h"
#include "frontend/resolve.h"

namespace dfy {

// A branch of the program that code emitted with EmitOptions::coverage counts: where it is
// (Dafny's token for it; the report marks the token's line) and what it is ("then branch").
// Branches Dafny's compilers leave out of the compiled code (the else of `if * { }`) are
// listed too, `emitted` false, and are never covered.
struct CoveragePoint {
  SourceRange at;
  std::string description;
  bool emitted = true;
};

struct CppUnit {
  std::string header_name;  // "<stem>.h"
  std::string header;
  std::string source_name;  // "<stem>.cpp"
  std::string source;
  bool has_main = false;
  // With EmitOptions::coverage: the legend, branch i being the one that
  // dfy::coverage::Record(i) counts (runtime/include/dfy/coverage.h).
  std::vector<CoveragePoint> coverage;
};

struct EmitOptions {
  // The C++ headers that define the program's {:extern} classes and types (by file name): the
  // generated header includes them after its forward declarations.
  std::vector<std::string> extern_headers;
  // main() runs the {:test} methods, as `dafny test` does, instead of Main.
  bool test_main = false;
  // Counts each branch Dafny's compilers instrument for --coverage-report (method and
  // function entries, the branches of if, if-case, match and while-case statements, loop
  // bodies, and of if-then-else and match in a function's result), for an execution
  // coverage report. Without it the C++ has no trace of coverage.
  bool coverage = false;
};

// Emits one header and one source for the program. `stem` names the files.
CppUnit EmitCpp(const ResolvedProgram& program, Context& ctx, const std::string& stem,
                const EmitOptions& options = {});

// The C++ spelling of a Dafny identifier: C++ keywords get a trailing underscore; the
// characters ' and ? become _k and _q.
std::string CppName(const std::string& dafny_name);

// Reports each construct the backend does not handle yet (Unsupported errors); returns their
// count. Run before EmitCpp.
size_t CheckCompileSubset(const ResolvedProgram& rp, Context& ctx);

}  // namespace dfy
