// The system C++ compiler, as `dfyc run` and `dfyc build` use it: compiles emitted sources
// against the runtime, caching the resulting program by a hash of everything that goes in.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "backend/backend.h"
#include "driver/cpp_inputs.h"

namespace dfy::driver {

struct CompileResult {
  bool ok = false;
  std::filesystem::path program;  // the executable, when ok
  std::string log;                // the compiler's output, when not ok
  bool cached = false;            // true when no compilation was needed
};

// Writes `unit` into `dir` (created if needed). Returns false and sets `error` on failure.
bool WriteUnit(const CppUnit& unit, const std::filesystem::path& dir, std::string& error);

// Compiles `unit` into an executable. When `output` is empty the program goes to the cache
// folder ($XDG_CACHE_HOME/dfyc or ~/.cache/dfyc), keyed by a hash of the sources, the flags and
// the runtime; an unchanged program is not compiled again.
// `inputs` are the user's C++ files ({:extern} definitions), compiled and linked with it.
CompileResult CompileProgram(const CppUnit& unit, const std::filesystem::path& output,
                             const CppInputs& inputs = {});

// Writes `dir`/CMakeLists.txt, which builds the unit written there by WriteUnit (an executable
// `target` when it has a main(), else a static library) with the user's C++ `inputs`, against
// an installed dfyc's runtime (find_package(dfyc)) or else this dfyc's.
bool WriteCMakeLists(const CppUnit& unit, const std::filesystem::path& dir,
                     const std::string& target, const CppInputs& inputs, std::string& error);

// Runs `program` with `args`, its stdout and stderr going to ours; returns its exit code.
int RunProgram(const std::filesystem::path& program, const std::vector<std::string>& args);

}  // namespace dfy::driver
