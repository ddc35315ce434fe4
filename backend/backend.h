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

struct CppUnit {
  std::string header_name;  // "<stem>.h"
  std::string header;
  std::string source_name;  // "<stem>.cpp"
  std::string source;
  bool has_main = false;
};

struct EmitOptions {
  // The C++ headers that define the program's {:extern} classes and types (by file name): the
  // generated header includes them after its forward declarations.
  std::vector<std::string> extern_headers;
  // main() runs the {:test} methods, as `dafny test` does, instead of Main.
  bool test_main = false;
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
