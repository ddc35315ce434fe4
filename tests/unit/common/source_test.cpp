// Tests of common/source.h: positions of byte offsets, and that computing one does not cost
// the length of its line (a line with 100,000 diagnostics once took 16 s).
#include "common/source.h"

#include <doctest/doctest.h>

#include <string>

namespace dfy {
namespace {

TEST_CASE("positions are 1-based lines and 0-based columns in code points") {
  SourceFile f("a.dfy", "a.dfy",
               "ab\ncd\xc3\xa9"
               "f\n\nx");
  CHECK(f.Position(0).line == 1);
  CHECK(f.Position(0).column == 0);
  CHECK(f.Position(1).column == 1);
  CHECK(f.Position(3).line == 2);
  CHECK(f.Position(3).column == 0);
  // 'f' follows the two bytes of 'é': column 3, not 4.
  CHECK(f.Position(7).line == 2);
  CHECK(f.Position(7).column == 3);
  CHECK(f.Position(9).line == 3);
  CHECK(f.Position(10).line == 4);
  CHECK(f.Position(10).column == 0);
  // Past the end: the end of the file.
  CHECK(f.Position(1000).line == 4);
  CHECK(f.Position(1000).column == 1);
}

TEST_CASE("columns on a long line agree with counting from the line start") {
  std::string line;
  for (int i = 0; i < 500; ++i) line += (i % 7 == 0) ? "\xce\xbb" : "x ";  // λ is 2 bytes
  SourceFile f("a.dfy", "a.dfy", "first\n" + line + "\nlast");
  uint32_t start = 6;
  for (uint32_t off = start; off <= start + line.size(); ++off) {
    if ((static_cast<unsigned char>(f.text()[off]) & 0xC0) == 0x80) continue;
    LineCol p = f.Position(off);
    CHECK(p.line == 2);
    CHECK(p.column == CodePointCount(f.text().substr(start, off - start)));
  }
}

TEST_CASE("a position costs a bounded number of bytes, however long its line") {
  // One line of 1,000,000 bytes, with non-ASCII characters so that no ASCII shortcut applies,
  // and 100,000 positions on it, as 100,000 diagnostics on one line would ask for.
  std::string line;
  while (line.size() < 1000000) line += "x := \xe2\x88\x80;";
  SourceFile f("a.dfy", "a.dfy", "method M() {\n" + line + "\n}\n");
  const uint32_t begin = 13;
  for (uint32_t i = 0; i < 100000; ++i) {
    uint32_t off = begin + static_cast<uint32_t>((uint64_t{i} * 9973) % line.size());
    (void)f.Position(off);
  }
  // Counting from the line start would examine about 5 * 10^10 bytes; with a block index each
  // position counts at most two blocks of 64 bytes.
  CHECK(f.bytes_scanned() <= uint64_t{100000} * 2 * 64);
}

TEST_CASE("an ASCII file needs no counting at all") {
  std::string text(100000, 'x');
  SourceFile f("a.dfy", "a.dfy", text);
  for (uint32_t off = 0; off < text.size(); off += 997) CHECK(f.Position(off).column == off);
  CHECK(f.bytes_scanned() == 0);
}

}  // namespace
}  // namespace dfy
