// Tokens produced by the lexer.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "common/source.h"

namespace dfy {

enum class TokenKind : uint8_t {
#define TOKEN(name, spelling) name,
#define KEYWORD(name, spelling) name,
#define LITERAL(name) name,
#include "frontend/token_kinds.def"
};

// The spelling of a punctuation or keyword kind, or a description for literal kinds.
std::string_view TokenSpelling(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::EndOfFile;
  uint32_t begin = 0;     // byte offset of the first character
  uint32_t end = 0;       // byte offset one past the last character
  std::string_view text;  // a view into the source file's text
};

// All tokens of one file, ending with EndOfFile.
struct TokenBuffer {
  FileId file = 0;
  std::vector<Token> tokens;
};

}  // namespace dfy
