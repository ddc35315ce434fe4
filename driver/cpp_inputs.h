// C++ files given to dfyc beside the Dafny sources: the user's code for {:extern}
// declarations, as Dafny takes target-language files on its command line.
//   dfyc run prog.dfy impl.cpp impl.h     .cpp/.cc/.cxx are compiled and linked with the program;
//                                         .h/.hpp/.hh are included by the generated header.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dfy::driver {

struct CppInputs {
  std::vector<std::filesystem::path> sources;  // compiled and linked with the program
  std::vector<std::filesystem::path> headers;  // included by the generated header
  bool empty() const { return sources.empty() && headers.empty(); }
  // The headers' file names, as the generated header includes them.
  std::vector<std::string> HeaderNames() const;
  // The folders of the headers and sources, for the compiler's -I.
  std::vector<std::filesystem::path> IncludeDirs() const;
  // The contents of every input, for the program cache's key.
  std::string Fingerprint() const;
};

// True for the extensions above.
bool IsCppInput(const std::string& path);

// The C++ inputs among `files`, as absolute paths.
CppInputs CollectCppInputs(const std::vector<std::string>& files);

}  // namespace dfy::driver
