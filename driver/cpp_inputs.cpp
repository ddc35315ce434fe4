#include "driver/cpp_inputs.h"

#include <fstream>
#include <set>
#include <sstream>

namespace dfy::driver {

namespace fs = std::filesystem;

namespace {

bool IsHeader(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".h" || ext == ".hpp" || ext == ".hh";
}

bool IsSource(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".cpp" || ext == ".cc" || ext == ".cxx";
}

}  // namespace

bool IsCppInput(const std::string& path) { return IsHeader(path) || IsSource(path); }

CppInputs CollectCppInputs(const std::vector<std::string>& files) {
  CppInputs inputs;
  for (const std::string& f : files) {
    std::error_code ec;
    fs::path p = fs::absolute(f, ec);
    if (IsHeader(p)) inputs.headers.push_back(p);
    if (IsSource(p)) inputs.sources.push_back(p);
  }
  return inputs;
}

std::vector<std::string> CppInputs::HeaderNames() const {
  std::vector<std::string> names;
  for (const fs::path& h : headers) names.push_back(h.filename().string());
  return names;
}

std::vector<fs::path> CppInputs::IncludeDirs() const {
  std::vector<fs::path> dirs;
  std::set<fs::path> seen;
  for (const auto* list : {&headers, &sources}) {
    for (const fs::path& p : *list) {
      if (seen.insert(p.parent_path()).second) dirs.push_back(p.parent_path());
    }
  }
  return dirs;
}

std::string CppInputs::Fingerprint() const {
  std::string all;
  for (const auto* list : {&headers, &sources}) {
    for (const fs::path& p : *list) {
      std::ifstream in(p, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      all += p.string() + '\0' + text.str() + '\0';
    }
  }
  return all;
}

}  // namespace dfy::driver
