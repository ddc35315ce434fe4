// The {:extern} methods of dfyc's standard library module Std.FileIOInternalExterns
// (stdlib/Std/FileIOInternalExterns.dfy), under Std.FileIO. The header dfyc generates for a
// program that uses the module includes this file (backend/README.md, "Externs"); the
// namespace is the module's.
//
// As Dafny's C# implementation: a path is converted to the platform's (here UTF-8 bytes), made
// absolute and normalized lexically (`a/b/../c` is `a/c`, whether or not `a/b` exists; .NET
// does so before it opens a file); reading gives every byte of the file; writing creates the
// missing parent directories and then replaces the file.
// Any failure is reported in the results (isError, a message), never thrown or fatal. The
// messages are dfyc's own ("cannot read the file 'p': No such file or directory"); Dafny's C#
// gives .NET's exception text there.
#ifndef DFY_STD_FILE_IO_INTERNAL_EXTERNS_H_
#define DFY_STD_FILE_IO_INTERNAL_EXTERNS_H_

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <span>
#include <string>
#include <system_error>
#include <tuple>
#include <vector>

#include "dfy/main_args.h"
#include "dfy/seq.h"

namespace Std::FileIOInternalExterns {

namespace internal {

// `path` as UTF-8 (a Dafny char is a Unicode scalar value); false if it holds a NUL, which no
// file name can.
inline bool PathToUtf8(const dfy::String& path, std::string& out) {
  out.clear();
  for (char32_t c : path) {
    if (c == 0) return false;
    dfy::AppendUtf8(out, c);
  }
  return true;
}

// "cannot <what> '<path>': <reason>", as a Dafny string.
inline dfy::String Failure(const char* what, const std::string& path, const std::string& reason) {
  return dfy::StringFromUtf8(std::string("cannot ") + what + " '" + path + "': " + reason);
}

inline std::string ErrnoText(int error) { return std::generic_category().message(error); }

// `path`, absolute and lexically normal, in `full`; else false and the reason in `reason`.
inline bool FullPath(const dfy::String& path, std::string& name, std::filesystem::path& full,
                     std::string& reason) {
  if (!PathToUtf8(path, name)) {
    reason = "the path holds a NUL";
    return false;
  }
  if (name.empty()) {
    reason = "the path is empty";
    return false;
  }
  std::error_code ec;
  full = std::filesystem::absolute(name, ec);
  if (ec) {
    reason = ec.message();
    return false;
  }
  full = full.lexically_normal();
  return true;
}

// Closes `file` when it goes out of scope (an early return included).
class FileCloser {
 public:
  explicit FileCloser(std::FILE* file) : file_(file) {}
  FileCloser(const FileCloser&) = delete;
  FileCloser& operator=(const FileCloser&) = delete;
  ~FileCloser() {
    if (file_ != nullptr) std::fclose(file_);
  }
  // Closes the file now; false (with errno set) if the close failed, e.g. flushing the
  // last bytes to a full disk.
  bool Close() {
    std::FILE* file = file_;
    file_ = nullptr;
    return std::fclose(file) == 0;
  }

 private:
  std::FILE* file_;
};

}  // namespace internal

// Every byte of the file at `path`: (false, bytes, "") or (true, [], why not).
inline std::tuple<bool, dfy::Bytes, dfy::String> INTERNAL_ReadBytesFromFile(
    const dfy::String& path) {
  std::string name, reason;
  std::filesystem::path full;
  if (!internal::FullPath(path, name, full, reason)) {
    return {true, dfy::Bytes(), internal::Failure("read the file", name, reason)};
  }
  errno = 0;
  std::FILE* file = std::fopen(full.c_str(), "rb");
  if (file == nullptr) {
    return {true, dfy::Bytes(),
            internal::Failure("read the file", name, internal::ErrnoText(errno))};
  }
  internal::FileCloser closer(file);
  // Read to the end (a file's size may be unknown, as in /proc, or change meanwhile).
  std::vector<std::uint8_t> bytes;
  constexpr size_t kChunk = size_t{1} << 16;
  size_t size = 0;
  for (;;) {
    bytes.resize(size + kChunk);
    size_t n = std::fread(bytes.data() + size, 1, kChunk, file);
    size += n;
    if (n < kChunk) break;
  }
  bytes.resize(size);
  if (std::ferror(file)) {
    // A directory opens, and then fails to read (EISDIR).
    int error = errno;
    return {true, dfy::Bytes(),
            internal::Failure("read the file", name, internal::ErrnoText(error))};
  }
  return {false, dfy::BytesFrom(bytes), dfy::String()};
}

// Writes `bytes` to the file at `path` (created, or replaced), after creating its missing
// parent directories: (false, "") or (true, why not).
inline std::tuple<bool, dfy::String> INTERNAL_WriteBytesToFile(const dfy::String& path,
                                                               const dfy::Bytes& bytes) {
  std::string name, reason;
  std::filesystem::path full;
  if (!internal::FullPath(path, name, full, reason)) {
    return {true, internal::Failure("write the file", name, reason)};
  }
  std::error_code ec;
  std::filesystem::path parent = full.parent_path();
  std::filesystem::create_directories(parent, ec);
  if (ec) {
    return {true, internal::Failure("create the directory", parent.string(), ec.message())};
  }
  errno = 0;
  std::FILE* file = std::fopen(full.c_str(), "wb");
  if (file == nullptr) {
    return {true, internal::Failure("write the file", name, internal::ErrnoText(errno))};
  }
  internal::FileCloser closer(file);
  std::span<const std::uint8_t> data = dfy::AsBytes(bytes);
  if (!data.empty() && std::fwrite(data.data(), 1, data.size(), file) != data.size()) {
    int error = errno;
    return {true, internal::Failure("write the file", name, internal::ErrnoText(error))};
  }
  if (!closer.Close()) {
    return {true, internal::Failure("write the file", name, internal::ErrnoText(errno))};
  }
  return {false, dfy::String()};
}

}  // namespace Std::FileIOInternalExterns

#endif  // DFY_STD_FILE_IO_INTERNAL_EXTERNS_H_
