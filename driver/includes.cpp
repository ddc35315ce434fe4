#include "driver/includes.h"

#include <filesystem>
#include <fstream>
#include <set>

#include "frontend/lexer.h"

namespace dfy::driver {

namespace fs = std::filesystem;

namespace {

// A path as one spelling, so that a file reached twice is loaded once.
std::string Canonical(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  return (ec ? fs::absolute(p) : c).lexically_normal().string();
}

// The text of a string token: "x" or @"x" (an include path has no escapes in practice; a
// verbatim string's "" is one quote).
std::string Unquote(const Token& t) {
  std::string_view s = t.text;
  bool verbatim = t.kind == TokenKind::VerbatimStringLiteral;
  if (verbatim && !s.empty()) s.remove_prefix(1);
  if (s.size() >= 2) s = s.substr(1, s.size() - 2);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!verbatim && s[i] == '\\' && i + 1 < s.size()) ++i;
    if (verbatim && s[i] == '"' && i + 1 < s.size() && s[i + 1] == '"') ++i;
    out += s[i];
  }
  return out;
}

// Files that come from disk: what the user named or included (the standard library's files
// are added from memory under "<stdlib>/...").
bool FromDisk(const SourceFile& f) { return !f.name().starts_with("<"); }

}  // namespace

void LoadIncludes(Context& ctx) {
  std::set<std::string> loaded;
  for (FileId id = 0; id < ctx.sources.FileCount(); ++id) {
    if (FromDisk(ctx.sources.File(id))) loaded.insert(Canonical(ctx.sources.File(id).name()));
  }
  // The file list grows as includes are found; each new file is scanned in turn.
  for (FileId id = 0; id < ctx.sources.FileCount(); ++id) {
    const SourceFile& file = ctx.sources.File(id);
    if (!FromDisk(file)) continue;
    Diagnostics scratch(ctx.sources);  // the parser reports lexical errors later, once
    TokenBuffer tokens = Lex(file, id, scratch);
    fs::path dir = fs::path(file.name()).parent_path();
    // Includes come first in a file, as the parser requires.
    for (size_t i = 0; i + 1 < tokens.tokens.size(); i += 2) {
      const Token& kw = tokens.tokens[i];
      const Token& path = tokens.tokens[i + 1];
      std::string_view word = kw.text;
      if (i == 0 && word.starts_with("\xEF\xBB\xBF")) word.remove_prefix(3);  // a BOM
      if (word != "include" || (path.kind != TokenKind::StringLiteral &&
                                path.kind != TokenKind::VerbatimStringLiteral)) {
        break;
      }
      fs::path target = Unquote(path);
      if (target.is_relative()) target = dir / target;
      if (!loaded.insert(Canonical(target)).second) continue;
      FileId new_id;
      std::string error;
      if (!ctx.sources.Load(target.lexically_normal().string(), new_id, error)) {
        ctx.diags.Report(DiagKind::ParseError, SourceRange{id, path.begin, path.end},
                         "file " + Unquote(path) + " not found");
      }
    }
  }
}

bool WriteDepfile(const Context& ctx, const std::string& path, const std::string& target,
                  std::string& error) {
  // Make's escapes for the characters a path may hold.
  auto escape = [](const std::string& s) {
    std::string out;
    for (char c : s) {
      if (c == ' ' || c == '#') out += '\\';
      if (c == '$') out += '$';
      out += c;
    }
    return out;
  };
  std::string text = escape(target) + ":";
  for (FileId id = 0; id < ctx.sources.FileCount(); ++id) {
    const SourceFile& f = ctx.sources.File(id);
    if (FromDisk(f)) text += " \\\n  " + escape(Canonical(f.name()));
  }
  text += "\n";
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    error = "cannot write the depfile " + path;
    return false;
  }
  return true;
}

}  // namespace dfy::driver
