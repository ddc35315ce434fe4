#include "common/source.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dfy {

uint32_t CodePointCount(std::string_view utf8) {
  uint32_t n = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

SourceFile::SourceFile(std::string name, std::string display_name, std::string text)
    : name_(std::move(name)), display_name_(std::move(display_name)), text_(std::move(text)) {
  line_starts_.push_back(0);
  bool ascii = true;
  for (uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
    ascii = ascii && static_cast<unsigned char>(text_[i]) < 0x80;
  }
  if (!ascii) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < text_.size(); ++i) {
      if (i % kBlock == 0) block_code_points_.push_back(n);
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++n;
    }
  }
}

uint32_t SourceFile::CodePointsBefore(uint32_t offset) const {
  if (block_code_points_.empty()) return offset;
  uint32_t block = offset / kBlock;
  if (block >= block_code_points_.size())
    block = static_cast<uint32_t>(block_code_points_.size()) - 1;
  uint32_t from = block * kBlock;
  bytes_scanned_ += offset - from;
  return block_code_points_[block] +
         CodePointCount(std::string_view(text_).substr(from, offset - from));
}

LineCol SourceFile::Position(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line_index = static_cast<uint32_t>(it - line_starts_.begin()) - 1;
  uint32_t start = line_starts_[line_index];
  return LineCol{line_index + 1, CodePointsBefore(offset) - CodePointsBefore(start)};
}

std::string_view SourceFile::Line(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t start = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  std::string_view s = std::string_view(text_).substr(start, end - start);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

static std::string DisplayName(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p(path);
  if (p.is_relative()) return path;
  auto rel = std::filesystem::relative(p, std::filesystem::current_path(ec), ec);
  if (ec || rel.empty() || rel.native().starts_with("..")) return path;
  return rel.string();
}

bool SourceManager::Load(const std::string& path, FileId& id, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "file " + path + " not found";
    return false;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  id = static_cast<FileId>(files_.size());
  files_.push_back(std::make_unique<SourceFile>(path, DisplayName(path), buf.str()));
  return true;
}

FileId SourceManager::Add(std::string name, std::string text, bool library) {
  FileId id = static_cast<FileId>(files_.size());
  std::string display = name;
  files_.push_back(
      std::make_unique<SourceFile>(std::move(name), std::move(display), std::move(text)));
  files_.back()->library_ = library;
  return id;
}

}  // namespace dfy
