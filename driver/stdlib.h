// The standard library (stdlib/Std/**.dfy) that `--standard-libraries` makes importable: its
// files are embedded in dfyc at build time (stdlib/embed.cmake), and a compilation gets the ones
// its program refers to, with the ones those import.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/context.h"

namespace dfy::driver {

// One embedded file: its path under stdlib/ (e.g. "Std/Wrappers.dfy") and its text.
struct StdlibFile {
  std::string_view path;
  std::string_view text;
};

// Every embedded file, sorted by path. Defined in the generated stdlib_files.cpp.
std::span<const StdlibFile> EmbeddedStdlibFiles();

// Adds to ctx.sources the standard-library files that the sources already loaded refer to (a
// name `Std.X...`; a bare `Std` means all of them), with the files those import, parents before
// children and each file after the files it imports. Their names are "<stdlib>/Std/...", and
// they are library files (SourceFile::library()): not verified unless Options::verify_library.
// Returns the number of files added.
size_t AddStandardLibraries(Context& ctx);

// Dafny accepts `--standard-libraries`, `--standard-libraries true|false` and `=true|false`;
// CLI11 wants a value, so a bare one (not followed by true/false) becomes
// `--standard-libraries=true`. Returns the arguments, argv[0] included.
std::vector<std::string> NormalizeStandardLibrariesArgs(int argc, char** argv);

}  // namespace dfy::driver
