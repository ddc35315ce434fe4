// `include "file.dfy"`: the files a compilation includes, and a depfile that lists them.
#pragma once

#include <string>

#include "common/context.h"

namespace dfy::driver {

// Loads the files that the loaded .dfy files include, transitively, each file once (a file
// also named on the command line is not loaded again). As in Dafny, a relative path is
// relative to the folder of the file that includes it. An include that cannot be read is
// reported as a parse error at its path, with Dafny's message (which names the absolute path;
// this one names the path as written). Call before ParseAll, after the command-line files are
// loaded. Unlike Dafny, whose default is not to (--verify-included-files), dfyc verifies the
// included files along with the others.
void LoadIncludes(Context& ctx);

// Writes a Make-syntax depfile, "target: file...", naming every .dfy file of the compilation
// read from disk (the command-line files and what they include; not the embedded standard
// library), for build tools: Ninja and CMake's DEPFILE. Returns false with `error` set when the
// file cannot be written.
bool WriteDepfile(const Context& ctx, const std::string& path, const std::string& target,
                  std::string& error);

}  // namespace dfy::driver
