#include "driver/stdlib.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace dfy::driver {

namespace {

// The tokens of Dafny text that matter for finding module names: identifiers and punctuation,
// with comments, strings and character literals skipped.
struct Token {
  std::string text;
  bool ident = false;
};

bool IdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IdentPart(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '\'' || c == '?';
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0, n = s.size();
  while (i < n) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (s.substr(i, 2) == "//") {
      while (i < n && s[i] != '\n') ++i;
    } else if (s.substr(i, 2) == "/*") {
      // Dafny's block comments nest.
      int depth = 0;
      while (i < n) {
        if (s.substr(i, 2) == "/*") {
          ++depth;
          i += 2;
        } else if (s.substr(i, 2) == "*/") {
          i += 2;
          if (--depth == 0) break;
        } else {
          ++i;
        }
      }
    } else if (s.substr(i, 2) == "@\"") {
      // Verbatim string: "" is a quote.
      i += 2;
      while (i < n && !(s[i] == '"' && (i + 1 >= n || s[i + 1] != '"'))) i += s[i] == '"' ? 2 : 1;
      ++i;
    } else if (c == '"' || c == '\'') {
      // String or character literal (a quote inside an identifier is read with the identifier).
      ++i;
      while (i < n && s[i] != c && s[i] != '\n') i += s[i] == '\\' ? 2 : 1;
      ++i;
    } else if (IdentStart(c)) {
      size_t b = i;
      while (i < n && IdentPart(s[i])) ++i;
      tokens.push_back({std::string(s.substr(b, i - b)), true});
    } else {
      tokens.push_back({std::string(1, c), false});
      ++i;
    }
  }
  return tokens;
}

// The dotted name starting at tokens[i] (an identifier), and the index after it.
std::string DottedName(const std::vector<Token>& t, size_t& i) {
  std::string name = t[i++].text;
  while (i + 1 < t.size() && t[i].text == "." && t[i + 1].ident) {
    name += "." + t[i + 1].text;
    i += 2;
  }
  return name;
}

bool IsWithin(const std::string& name, const std::string& module) {
  return name == module || name.starts_with(module + ".");
}

// What one embedded file declares and imports.
struct FileInfo {
  std::vector<std::string> modules;  // the Std.* modules it declares, the first is its home
  std::vector<std::string> imports;  // import targets and refinement bases as written
};

FileInfo Scan(std::string_view text) {
  FileInfo info;
  std::vector<Token> t = Tokenize(text);
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].ident) continue;
    if (t[i].text == "module" && i + 1 < t.size() && t[i + 1].ident) {
      size_t j = i + 1;
      std::string name = DottedName(t, j);
      if (IsWithin(name, "Std")) info.modules.push_back(name);
    } else if (t[i].text == "refines" && i + 1 < t.size() && t[i + 1].ident) {
      // A refinement base is a dependency, as an import is (Std.Parsers.StringParsers refines
      // Std.Parsers.Core, found from the refining module as an import's target is).
      size_t j = i + 1;
      info.imports.push_back(DottedName(t, j));
    } else if (t[i].text == "import" && i + 1 < t.size()) {
      size_t j = i + 1;
      if (t[j].ident && t[j].text == "opened") ++j;
      if (j >= t.size() || !t[j].ident) continue;
      std::string name = DottedName(t, j);
      // `import A = B.C` and `import A : B.C` name their target after the alias.
      if (j + 1 < t.size() && (t[j].text == "=" || t[j].text == ":") && t[j + 1].ident) {
        ++j;
        name = DottedName(t, j);
      }
      info.imports.push_back(name);
    }
  }
  return info;
}

}  // namespace

size_t AddStandardLibraries(Context& ctx) {
  std::span<const StdlibFile> files = EmbeddedStdlibFiles();
  std::vector<FileInfo> infos;
  std::vector<std::pair<std::string, size_t>> declared;  // module -> file
  for (size_t f = 0; f < files.size(); ++f) {
    infos.push_back(Scan(files[f].text));
    for (const std::string& m : infos.back().modules) declared.emplace_back(m, f);
  }
  // The files of the modules within `name`, and of the modules that `name` is within.
  auto files_of = [&](const std::string& name) {
    std::set<size_t> result;
    for (const auto& [module, f] : declared) {
      if (IsWithin(module, name) || IsWithin(name, module)) result.insert(f);
    }
    return result;
  };
  auto exists = [&](const std::string& name) {
    return std::any_of(declared.begin(), declared.end(),
                       [&](const auto& d) { return IsWithin(d.first, name); });
  };

  // What the program refers to.
  std::set<size_t> wanted;
  bool all = false;
  for (FileId id = 0; id < ctx.sources.FileCount(); ++id) {
    std::vector<Token> t = Tokenize(ctx.sources.File(id).text());
    for (size_t i = 0; i < t.size(); ++i) {
      if (!t[i].ident || t[i].text != "Std") continue;
      if (i > 0 && t[i - 1].text == ".") continue;  // X.Std is not ours
      size_t j = i;
      std::string name = DottedName(t, j);
      if (name == "Std") {
        all = true;
      } else {
        wanted.merge(files_of(name));
      }
      i = j - 1;
    }
  }
  if (all) {
    for (size_t f = 0; f < files.size(); ++f) wanted.insert(f);
  }
  if (wanted.empty()) return 0;

  // Imports inside the library are relative: `import Wrappers` in Std.Strings means the first
  // of Std.Strings.Wrappers, Std.Wrappers that exists. Each file's dependencies:
  std::vector<std::set<size_t>> deps(files.size());
  for (size_t f = 0; f < files.size(); ++f) {
    if (infos[f].modules.empty()) continue;
    const std::string& home = infos[f].modules.front();
    for (const std::string& target : infos[f].imports) {
      for (std::string scope = home;; scope = scope.substr(0, scope.rfind('.'))) {
        std::string candidate = scope + "." + target;
        if (exists(candidate)) {
          deps[f].merge(files_of(candidate));
          break;
        }
        if (scope.find('.') == std::string::npos) break;
      }
    }
    deps[f].erase(f);
  }

  // The wanted files and their imports, each after its dependencies; parents first (the file
  // declaring Std itself), as dfyc's resolver needs a module's parent declared before it.
  std::vector<size_t> order;
  std::vector<int> state(files.size(), 0);  // 0 new, 1 in progress, 2 done
  auto visit = [&](auto& self, size_t f) -> void {
    if (state[f] != 0) return;
    state[f] = 1;
    for (size_t d : deps[f]) self(self, d);
    state[f] = 2;
    order.push_back(f);
  };
  for (const auto& [module, f] : declared) {
    if (module == "Std") visit(visit, f);
  }
  for (size_t f : wanted) visit(visit, f);
  for (size_t f : order) {
    ctx.sources.Add("<stdlib>/" + std::string(files[f].path), std::string(files[f].text),
                    /*library=*/true);
  }
  return order.size();
}

std::vector<std::string> NormalizeStandardLibrariesArgs(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] != "--standard-libraries") continue;
    bool has_value = i + 1 < args.size() && (args[i + 1] == "true" || args[i + 1] == "false");
    if (!has_value) args[i] = "--standard-libraries=true";
  }
  return args;
}

}  // namespace dfy::driver
