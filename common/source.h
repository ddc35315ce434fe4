// Source files and positions. Positions are byte offsets into a file; line and column are
// computed on demand, in Dafny's convention (1-based line, 0-based column in code points).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dfy {

using FileId = uint32_t;

// A half-open byte range [begin, end) in one file. `begin` is the token Dafny reports.
struct SourceRange {
  FileId file = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct LineCol {
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 0-based, in code points
};

// One loaded source file: its name as the user gave it and its text.
class SourceFile {
 public:
  SourceFile(std::string name, std::string display_name, std::string text);

  const std::string& name() const { return name_; }
  // The name printed in diagnostics (relative to the working directory when inside it).
  const std::string& display_name() const { return display_name_; }
  std::string_view text() const { return text_; }
  // A file of an already verified library (the embedded standard library): its declarations
  // are used by the program's proofs but are not verification tasks themselves, unless
  // Options::verify_library says so.
  bool library() const { return library_; }

  // Line and column of a byte offset; offsets past the end map to the end of the file.
  // Constant time in the length of the line (at most kBlock bytes are counted), so a long line
  // with many diagnostics costs no more than a short one.
  LineCol Position(uint32_t offset) const;
  // The number of bytes Position has examined so far: for tests of its cost, which count it.
  uint64_t bytes_scanned() const { return bytes_scanned_; }
  // The text of a 1-based line, without its line terminator.
  std::string_view Line(uint32_t line) const;
  uint32_t LineCount() const { return static_cast<uint32_t>(line_starts_.size()); }

 private:
  friend class SourceManager;
  std::string name_;
  std::string display_name_;
  std::string text_;
  bool library_ = false;
  std::vector<uint32_t> line_starts_;
  // The code points before each kBlock-byte block of the text; empty when the text is ASCII,
  // where a column is just a byte difference.
  static constexpr uint32_t kBlock = 64;
  std::vector<uint32_t> block_code_points_;
  mutable uint64_t bytes_scanned_ = 0;
  // The code points in text_[0, offset).
  uint32_t CodePointsBefore(uint32_t offset) const;
};

// Owns every file of one compilation; FileIds index into it.
class SourceManager {
 public:
  // Reads `path`; returns false (and leaves `error` set) when the file cannot be read.
  bool Load(const std::string& path, FileId& id, std::string& error);
  // Adds a file from memory (tests, standard input, the embedded standard library); `library`:
  // see SourceFile::library().
  FileId Add(std::string name, std::string text, bool library = false);
  const SourceFile& File(FileId id) const { return *files_.at(id); }
  size_t FileCount() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

// Number of code points in a UTF-8 byte string.
uint32_t CodePointCount(std::string_view utf8);

}  // namespace dfy
