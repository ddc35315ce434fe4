#include "driver/toolchain.h"

#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace dfy::driver {

namespace fs = std::filesystem;

namespace {

// FNV-1a, 64 bits: stable across runs and machines, unlike std::hash.
uint64_t Fnv1a(std::string_view data, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string Compiler() {
  const char* cxx = std::getenv("CXX");
  return cxx && *cxx ? cxx : "c++";
}

// The flags programs are compiled with: the standard (and, in a sanitizer build of dfyc, the
// sanitizers its runtime needs), then $CXXFLAGS if set, else dfyc's optimization and -w.
std::string ProgramFlags() {
  const char* user = std::getenv("CXXFLAGS");
  return fmt::format("{} {}", DFYC_PROGRAM_REQUIRED, user && *user ? user : DFYC_PROGRAM_OPTIONS);
}

fs::path CacheRoot() {
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return fs::path(x) / "dfyc";
  if (const char* h = std::getenv("HOME"); h && *h) return fs::path(h) / ".cache" / "dfyc";
  return fs::temp_directory_path() / "dfyc-cache";
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// Runs a shell command, capturing stdout and stderr together.
int Capture(const std::string& command, std::string& output) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) output.append(buf, n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string FileStamp(const fs::path& p) {
  std::error_code ec;
  auto size = fs::file_size(p, ec);
  auto time = fs::last_write_time(p, ec).time_since_epoch().count();
  return fmt::format("{}:{}:{}", p.string(), size, time);
}

// The runtime that programs compile against. An installed dfyc (<prefix>/bin/dfyc) uses the
// runtime installed beside it, so the install does not depend on the tree it was built from;
// a dfyc in its build tree uses the runtime of that tree.
void FindRuntime(fs::path& include, fs::path& lib) {
  include = DFYC_RUNTIME_INCLUDE;
  lib = DFYC_RUNTIME_LIB;
  // DFYC_RUNTIME_LIB in the environment names another build of the runtime library (the
  // sanitizer test links programs with one built with -fsanitize).
  if (const char* env = std::getenv("DFYC_RUNTIME_LIB"); env && *env) {
    lib = env;
    return;
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return;
  fs::path prefix = exe.parent_path().parent_path();
  fs::path installed_include = prefix / DFYC_INSTALL_INCLUDE;
  fs::path installed_lib = prefix / DFYC_INSTALL_RUNTIME_LIB;
  if (fs::exists(installed_include / "dfy" / "runtime.h", ec) && fs::exists(installed_lib, ec)) {
    include = installed_include;
    lib = installed_lib;
  }
}

// The size and time of each of the runtime's headers: a cached program or precompiled header
// is stale when one changed.
std::string HeadersStamp(const fs::path& runtime_include) {
  std::error_code ec;
  std::vector<std::string> stamps;
  for (const auto& entry : fs::recursive_directory_iterator(runtime_include / "dfy", ec)) {
    if (entry.is_regular_file(ec)) stamps.push_back(FileStamp(entry.path()));
  }
  std::sort(stamps.begin(), stamps.end());
  std::string out;
  for (const std::string& s : stamps) out += s + "\n";
  return out;
}

// The runtime's headers precompiled for these flags (GCC's runtime.h.gch, built once in the cache
// beside a link to runtime.h), to be named with -include: parsing runtime.h is most of the time
// a small program takes to compile. Empty when it cannot be built; the compiler then reads the
// headers, and it also does when it finds the file unusable (a precompiled header changes no
// program, only the compile time).
// `headers` is HeadersStamp(runtime_include).
fs::path PrecompiledRuntime(const std::string& flags, const fs::path& runtime_include,
                            const std::string& headers) {
  std::error_code ec;
  fs::path header = runtime_include / "dfy" / "runtime.h";
  // Keyed by everything that makes a precompiled header invalid: compiler, flags, headers.
  uint64_t key = Fnv1a(Compiler() + "\n" + flags + "\n" + DFYC_VERSION);
  key = Fnv1a(headers, key);
  fs::path dir = CacheRoot() / "pch" / fmt::format("{:016x}", key);
  fs::path link = dir / "runtime.h";
  fs::path pch = dir / "runtime.h.gch";
  if (fs::exists(pch, ec) && fs::exists(link, ec)) return link;
  fs::create_directories(dir, ec);
  // Built under a name of this process and renamed, as other dfyc processes may build it too.
  fs::path partial = dir / fmt::format("runtime.h.gch.{}", getpid());
  std::string log;
  std::string command =
      fmt::format("{} {} -I{} -x c++-header {} -o {}", Compiler(), flags,
                  Quote(runtime_include.string()), Quote(header.string()), Quote(partial.string()));
  if (Capture(command, log) != 0) {
    fs::remove(partial, ec);
    return {};
  }
  if (!fs::exists(link, ec)) {
    fs::path temp_link = dir / fmt::format("runtime.h.{}", getpid());
    fs::create_symlink(header, temp_link, ec);
    if (!ec) fs::rename(temp_link, link, ec);
  }
  fs::rename(partial, pch, ec);
  if (ec || !fs::exists(link, ec)) return {};
  return link;
}

}  // namespace

bool WriteUnit(const CppUnit& unit, const fs::path& dir, std::string& error) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  for (auto [name, text] :
       {std::pair{unit.header_name, &unit.header}, std::pair{unit.source_name, &unit.source}}) {
    std::ofstream out(dir / name, std::ios::binary);
    out << *text;
    if (!out) {
      error = fmt::format("cannot write {}", (dir / name).string());
      return false;
    }
  }
  return true;
}

CompileResult CompileProgram(const CppUnit& unit, const fs::path& output, const CppInputs& inputs) {
  CompileResult result;
  const std::string flags = ProgramFlags();
  fs::path runtime_include, runtime_lib;
  FindRuntime(runtime_include, runtime_lib);
  uint64_t key = Fnv1a(unit.header);
  key = Fnv1a(unit.source, key);
  key = Fnv1a(Compiler() + flags + FileStamp(runtime_lib) + DFYC_VERSION, key);
  const std::string headers = HeadersStamp(runtime_include);
  key = Fnv1a(headers, key);
  key = Fnv1a(inputs.Fingerprint(), key);
  fs::path dir = CacheRoot() / fmt::format("{:016x}", key);
  fs::path program = dir / "program";
  std::error_code ec;
  if (output.empty() && fs::exists(program, ec)) {
    result.ok = true;
    result.cached = true;
    result.program = program;
    return result;
  }
  if (!WriteUnit(unit, dir, result.log)) return result;
  fs::path target = output.empty() ? program : output;
  fs::path partial = target.string() + ".partial";
  // The user's C++: their folders for #include, their sources compiled alongside.
  std::string user;
  for (const fs::path& d : inputs.IncludeDirs()) user += " -I" + Quote(d.string());
  for (const fs::path& s : inputs.sources) user += " " + Quote(s.string());
  std::string precompiled;
  if (fs::path pch = PrecompiledRuntime(flags, runtime_include, headers); !pch.empty()) {
    precompiled = " -include " + Quote(pch.string());
  }
  std::string command = fmt::format(
      "{} {}{} -I{} -I{}{} {} {} -lgmp -o {}", Compiler(), flags, precompiled, Quote(dir.string()),
      Quote(runtime_include.string()), user, Quote((dir / unit.source_name).string()),
      Quote(runtime_lib.string()), Quote(partial.string()));
  if (Capture(command, result.log) != 0) return result;
  fs::rename(partial, target, ec);
  if (ec) {
    result.log = fmt::format("cannot write {}: {}", target.string(), ec.message());
    return result;
  }
  result.ok = true;
  result.program = target;
  return result;
}

bool WriteCMakeLists(const CppUnit& unit, const fs::path& dir, const std::string& target,
                     const CppInputs& inputs, std::string& error) {
  fs::path runtime_include, runtime_lib;
  FindRuntime(runtime_include, runtime_lib);
  auto cmake_path = [](const fs::path& p) {
    std::string s = p.generic_string();
    std::string out = "\"";
    for (char c : s) out += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
    return out + "\"";
  };
  std::string sources = unit.source_name;
  for (const fs::path& src : inputs.sources) sources += " " + cmake_path(src);
  std::string includes = "${CMAKE_CURRENT_SOURCE_DIR}";
  for (const fs::path& d : inputs.IncludeDirs()) includes += " " + cmake_path(d);
  std::string text = fmt::format(
      "# Generated by dfyc build from Dafny sources: builds {0} from the emitted C++.\n"
      "#   cmake -S . -B build && cmake --build build\n"
      "# The runtime comes from an installed dfyc (find_package(dfyc), target dfyc::runtime)\n"
      "# or else from DFYC_RUNTIME_INCLUDE and DFYC_RUNTIME_LIB (by default the runtime of the\n"
      "# dfyc that wrote this file).\n"
      "cmake_minimum_required(VERSION 3.20)\n"
      "project({0} LANGUAGES CXX)\n\n"
      "set(CMAKE_CXX_STANDARD 20)\n"
      "set(CMAKE_CXX_STANDARD_REQUIRED ON)\n\n"
      "{1}({0}{2} {3})\n"
      "target_include_directories({0} PRIVATE {4})\n\n"
      "find_package(dfyc QUIET)\n"
      "if(TARGET dfyc::runtime)\n"
      "  target_link_libraries({0} PRIVATE dfyc::runtime)\n"
      "else()\n"
      "  set(DFYC_RUNTIME_INCLUDE {5} CACHE PATH \"dfyc's runtime headers\")\n"
      "  set(DFYC_RUNTIME_LIB {6} CACHE FILEPATH \"dfyc's runtime library\")\n"
      "  target_include_directories({0} PRIVATE ${{DFYC_RUNTIME_INCLUDE}})\n"
      "  target_link_libraries({0} PRIVATE ${{DFYC_RUNTIME_LIB}} gmp)\n"
      "endif()\n",
      target, unit.has_main ? "add_executable" : "add_library", unit.has_main ? "" : " STATIC",
      sources, includes, cmake_path(runtime_include), cmake_path(runtime_lib));
  std::ofstream out(dir / "CMakeLists.txt", std::ios::binary);
  out << text;
  if (!out) {
    error = fmt::format("cannot write {}", (dir / "CMakeLists.txt").string());
    return false;
  }
  return true;
}

int RunProgram(const fs::path& program, const std::vector<std::string>& args) {
  std::fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    std::string prog = program.string();
    argv.push_back(prog.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(prog.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return 127;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace dfy::driver
