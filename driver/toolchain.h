// The system C++ compiler, as `dfyc run` and `dfyc build` use it: compiles emitted sources
// against the runtime, caching the resulting program by a hash of everything that goes in.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "backend/backend.h"

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
CompileResult CompileProgram(const CppUnit& unit, const std::filesystem::path& output);

// Runs `program` with `args`, its stdout and stderr going to ours; returns its exit code.
int RunProgram(const std::filesystem::path& program, const std::vector<std::string>& args);

}  // namespace dfy::driver
