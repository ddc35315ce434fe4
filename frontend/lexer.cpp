#include "frontend/lexer.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace dfy {

namespace {

struct Spelled {
  std::string_view spelling;
  TokenKind kind;
};

constexpr Spelled kPunctuation[] = {
#define TOKEN(name, spelling) {spelling, TokenKind::name},
#include "frontend/token_kinds.def"
};

const std::unordered_map<std::string_view, TokenKind>& Keywords() {
  static const std::unordered_map<std::string_view, TokenKind> map = {
#define KEYWORD(name, spelling) {spelling, TokenKind::name},
#include "frontend/token_kinds.def"
  };
  return map;
}

bool IsIdStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IsIdChar(char c) { return IsIdStart(c) || (c >= '0' && c <= '9') || c == '\'' || c == '?'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

class Lexer {
 public:
  Lexer(const SourceFile& file, FileId id, Diagnostics& diags)
      : text_(file.text()), id_(id), diags_(diags) {}

  TokenBuffer Run() {
    TokenBuffer buf;
    buf.file = id_;
    for (;;) {
      SkipTrivia();
      if (pos_ >= text_.size()) break;
      buf.tokens.push_back(Next());
    }
    uint32_t end = static_cast<uint32_t>(text_.size());
    buf.tokens.push_back(Token{TokenKind::EndOfFile, end, end, {}});
    return buf;
  }

 private:
  char Peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }

  void Error(uint32_t begin, uint32_t end, std::string message) {
    diags_.Report(DiagKind::LexError, SourceRange{id_, begin, end}, std::move(message));
  }

  void SkipTrivia() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
        ++pos_;
      } else if (c == '/' && Peek(1) == '/') {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else if (c == '/' && Peek(1) == '*') {
        SkipBlockComment();
      } else {
        break;
      }
    }
  }

  // Block comments nest, as in Dafny.
  void SkipBlockComment() {
    uint32_t start = static_cast<uint32_t>(pos_);
    pos_ += 2;
    int depth = 1;
    while (pos_ < text_.size() && depth > 0) {
      if (text_[pos_] == '/' && Peek(1) == '*') {
        ++depth;
        pos_ += 2;
      } else if (text_[pos_] == '*' && Peek(1) == '/') {
        --depth;
        pos_ += 2;
      } else {
        ++pos_;
      }
    }
    // Dafny accepts a block comment that runs to the end of the file.
    (void)start;
  }

  Token Make(TokenKind kind, size_t begin) {
    return Token{kind, static_cast<uint32_t>(begin), static_cast<uint32_t>(pos_),
                 text_.substr(begin, pos_ - begin)};
  }

  Token Next() {
    size_t begin = pos_;
    char c = text_[pos_];
    if (c == '@' && Peek(1) == '"') return VerbatimString(begin);
    // Dafny's ident starts with a nondigit (a letter or one of `'`, `_`, `?`): `?` and `??` are
    // identifiers (Std.Parsers' `function ?()`), as `Nil?` and `C?` are.
    if (IsIdStart(c) || c == '?') {
      while (pos_ < text_.size() && IsIdChar(text_[pos_])) ++pos_;
      std::string_view word = text_.substr(begin, pos_ - begin);
      auto it = Keywords().find(word);
      return Make(it == Keywords().end() ? TokenKind::Identifier : it->second, begin);
    }
    if (IsDigit(c)) return Number(begin);
    if (c == '"') return String(begin);
    if (c == '\'') return Char(begin);
    // Longest punctuation match.
    const Spelled* best = nullptr;
    for (const Spelled& p : kPunctuation) {
      if (text_.substr(pos_).starts_with(p.spelling) &&
          (!best || p.spelling.size() > best->spelling.size())) {
        best = &p;
      }
    }
    if (best) {
      pos_ += best->spelling.size();
      return Make(best->kind, begin);
    }
    // Skip one whole UTF-8 code point.
    ++pos_;
    while (pos_ < text_.size() && (static_cast<unsigned char>(text_[pos_]) & 0xC0) == 0x80) ++pos_;
    Error(static_cast<uint32_t>(begin), static_cast<uint32_t>(pos_),
          "invalid character '" + std::string(text_.substr(begin, pos_ - begin)) + "'");
    return Make(TokenKind::Invalid, begin);
  }

  Token Number(size_t begin) {
    if (text_[pos_] == '0' && (Peek(1) == 'x' || Peek(1) == 'X') && IsHexDigit(Peek(2))) {
      pos_ += 2;
      while (pos_ < text_.size() && (IsHexDigit(text_[pos_]) || text_[pos_] == '_')) ++pos_;
      return Make(TokenKind::HexLiteral, begin);
    }
    SkipDigits();
    bool is_real = false;
    if (Peek() == '.' && IsDigit(Peek(1))) {
      is_real = true;
      ++pos_;
      SkipDigits();
    }
    if ((Peek() == 'e' || Peek() == 'E') &&
        (IsDigit(Peek(1)) || ((Peek(1) == '-' || Peek(1) == '+') && IsDigit(Peek(2))))) {
      is_real = true;
      pos_ += 2;
      SkipDigits();
    }
    return Make(is_real ? TokenKind::RealLiteral : TokenKind::IntLiteral, begin);
  }

  void SkipDigits() {
    while (pos_ < text_.size() &&
           (IsDigit(text_[pos_]) || (text_[pos_] == '_' && IsDigit(Peek(1))))) {
      ++pos_;
    }
  }

  // Consumes one escape sequence or one code point inside a char or string literal.
  void CharOrEscape(size_t literal_begin) {
    if (text_[pos_] != '\\') {
      ++pos_;
      while (pos_ < text_.size() && (static_cast<unsigned char>(text_[pos_]) & 0xC0) == 0x80) {
        ++pos_;
      }
      return;
    }
    size_t esc = pos_;
    ++pos_;
    char e = Peek();
    if (e == '\'' || e == '"' || e == '\\' || e == '0' || e == 'n' || e == 'r' || e == 't') {
      ++pos_;
    } else if (e == 'U' && Peek(1) == '{') {
      pos_ += 2;
      size_t digits = 0;
      while (pos_ < text_.size() && (IsHexDigit(text_[pos_]) || text_[pos_] == '_')) {
        if (text_[pos_] != '_') ++digits;
        ++pos_;
      }
      if (Peek() == '}' && digits >= 1 && digits <= 6) {
        ++pos_;
      } else {
        Error(static_cast<uint32_t>(esc), static_cast<uint32_t>(pos_),
              "\\U{X..X} escape sequence must have at most six hex digits");
      }
    } else {
      (void)literal_begin;
      Error(static_cast<uint32_t>(esc), static_cast<uint32_t>(pos_ + 1),
            "unrecognized escape sequence");
      if (pos_ < text_.size()) ++pos_;
    }
  }

  Token String(size_t begin) {
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"' && text_[pos_] != '\n') {
      CharOrEscape(begin);
    }
    if (Peek() != '"') {
      // As Dafny: the parser reports the malformed token where it finds it.
      return Make(TokenKind::Invalid, begin);
    }
    ++pos_;
    return Make(TokenKind::StringLiteral, begin);
  }

  Token VerbatimString(size_t begin) {
    pos_ += 2;
    for (;;) {
      if (pos_ >= text_.size()) {
        Error(static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + 2),
              "verbatim string literal not terminated");
        return Make(TokenKind::Invalid, begin);
      }
      if (text_[pos_] == '"') {
        if (Peek(1) == '"') {
          pos_ += 2;
          continue;
        }
        ++pos_;
        return Make(TokenKind::VerbatimStringLiteral, begin);
      }
      ++pos_;
    }
  }

  Token Char(size_t begin) {
    ++pos_;
    if (pos_ < text_.size() && text_[pos_] != '\n') CharOrEscape(begin);
    if (Peek() != '\'') {
      Error(static_cast<uint32_t>(begin), static_cast<uint32_t>(pos_),
            "character literal not terminated");
      return Make(TokenKind::Invalid, begin);
    }
    ++pos_;
    return Make(TokenKind::CharLiteral, begin);
  }

  std::string_view text_;
  FileId id_;
  Diagnostics& diags_;
  size_t pos_ = 0;
};

}  // namespace

std::string_view TokenSpelling(TokenKind kind) {
  switch (kind) {
#define TOKEN(name, spelling) \
  case TokenKind::name:       \
    return spelling;
#define KEYWORD(name, spelling) \
  case TokenKind::name:         \
    return spelling;
#define LITERAL(name)   \
  case TokenKind::name: \
    return #name;
#include "frontend/token_kinds.def"
  }
  return "?";
}

TokenBuffer Lex(const SourceFile& file, FileId id, Diagnostics& diags) {
  return Lexer(file, id, diags).Run();
}

}  // namespace dfy
