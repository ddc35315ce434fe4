// Dafny's print format for scalars and strings, and stdout set-up.
#include "dfy/print.h"

#include <cstdlib>
#include <exception>
#include <ios>
#include <iostream>
#include <string>

namespace dfy {
namespace {

// The letter that follows the backslash for the seven characters Dafny's
// EscapeCharacter rewrites in quoted contexts; 0 for every other character.
char EscapeLetter(char32_t c) {
  switch (c) {
    case U'\n':
      return 'n';
    case U'\r':
      return 'r';
    case U'\t':
      return 't';
    case U'\0':
      return '0';
    case U'\'':
      return '\'';
    case U'"':
      return '"';
    case U'\\':
      return '\\';
    default:
      return 0;
  }
}

// Collects UTF-8 in a fixed stack buffer and hands it to the stream in
// large writes, so printing a string costs no allocation and few calls.
// The owner calls Flush() at the end (not a destructor: a stream with
// exceptions enabled may throw from write).
class Utf8Writer {
 public:
  explicit Utf8Writer(std::ostream& out) : out_(out) {}
  Utf8Writer(const Utf8Writer&) = delete;
  Utf8Writer& operator=(const Utf8Writer&) = delete;

  void PutByte(char byte) {
    Reserve(1);
    buffer_[used_++] = byte;
  }

  // The UTF-8 encoding of `c`; U+FFFD for surrogates and values past
  // U+10FFFF.
  void PutRaw(char32_t c) {
    Reserve(4);
    if (c < 0x80) {
      buffer_[used_++] = static_cast<char>(c);
      return;
    }
    if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
      c = 0xFFFD;
    }
    if (c < 0x800) {
      buffer_[used_++] = static_cast<char>(0xC0 | (c >> 6));
    } else if (c < 0x10000) {
      buffer_[used_++] = static_cast<char>(0xE0 | (c >> 12));
      buffer_[used_++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    } else {
      buffer_[used_++] = static_cast<char>(0xF0 | (c >> 18));
      buffer_[used_++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      buffer_[used_++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    }
    buffer_[used_++] = static_cast<char>(0x80 | (c & 0x3F));
  }

  // `c` as it appears inside quotes.
  void PutEscaped(char32_t c) {
    char letter = EscapeLetter(c);
    if (letter == 0) {
      PutRaw(c);
      return;
    }
    PutByte('\\');
    PutByte(letter);
  }

  void Flush() {
    out_.write(buffer_, static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  void Reserve(size_t bytes) {
    if (used_ + bytes > sizeof(buffer_)) {
      Flush();
    }
  }

  std::ostream& out_;
  char buffer_[1024];
  size_t used_ = 0;
};

// Set by InitOutput: the handler that std::terminate called before ours.
std::terminate_handler previous_terminate_handler = nullptr;

void FlushStdout() { std::cout.flush(); }

[[noreturn]] void FlushThenTerminate() {
  FlushStdout();
  if (previous_terminate_handler != nullptr) {
    previous_terminate_handler();
  }
  std::abort();
}

}  // namespace

void InitOutput() {
  static const bool initialized = [] {
    std::ios::sync_with_stdio(false);
    // Static destructors already flush std::cout on exit; this says so
    // explicitly and does not depend on destruction order.
    std::atexit(FlushStdout);
    previous_terminate_handler = std::set_terminate(FlushThenTerminate);
    return true;
  }();
  (void)initialized;
}

void Print(std::ostream& out, const Int& value) {
  if (value.FitsInt64()) {
    Print(out, value.ToInt64());
    return;
  }
  std::string text = value.ToString();
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

void Print(std::ostream& out, char32_t c) {
  Utf8Writer writer(out);
  writer.PutByte('\'');
  writer.PutEscaped(c);
  writer.PutByte('\'');
  writer.Flush();
}

void PrintString(std::ostream& out, std::u32string_view text) {
  Utf8Writer writer(out);
  for (char32_t c : text) {
    writer.PutRaw(c);
  }
  writer.Flush();
}

void PrintQuotedString(std::ostream& out, std::u32string_view text) {
  Utf8Writer writer(out);
  writer.PutByte('"');
  for (char32_t c : text) {
    writer.PutEscaped(c);
  }
  writer.PutByte('"');
  writer.Flush();
}

}  // namespace dfy
