// The dfyc commands, phase by phase, with Dafny's summary lines and exit codes.
#pragma once

#include <string>
#include <vector>

#include "common/context.h"
#include "verifier/verifier.h"

namespace dfy::driver {

// Dafny's exit codes.
enum ExitCode : int {
  kSuccess = 0,
  kCommandLineError = 1,
  kParseOrResolutionError = 2,
  kCompilationError = 3,
  kVerificationError = 4,
};

enum class Command { Resolve, Verify, Run, Build, TranslateCpp };

struct Invocation {
  Command command = Command::Verify;
  std::vector<std::string> files;
  std::vector<std::string> program_args;  // after `--` for run
  std::string output;                     // --output
  bool no_verify = false;
  bool allow_warnings = false;
  bool no_cache = false;
  bool json = false;
  VerifyDumps dumps;
  bool emit_cpp = false;            // print the generated C++ to stdout
  bool test = false;                // dfyc test: run the {:test} methods instead of Main
  bool standard_libraries = false;  // --standard-libraries: the Std.* modules are importable
  std::string filter_position;      // --filter-position, parsed into Options (args.h)
  std::string depfile;              // --depfile: list the .dfy files read (driver/includes.h)
  // run and test: --coverage-report DIR, the execution coverage report (coverage_report.h),
  // in a timestamped folder of DIR unless --no-timestamp-for-coverage-report.
  std::string coverage_report;
  bool coverage_no_timestamp = false;
  Options options;
};

// Runs one dfyc command and returns its exit code. Everything it prints goes to stdout, as
// Dafny does, except --json, whose diagnostics replace the text ones.
int RunCommand(const Invocation& inv);

}  // namespace dfy::driver
