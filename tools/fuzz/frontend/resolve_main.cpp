// A frontend-only `dfyc resolve` for fuzzing under ASan/UBSan: lex, parse and resolve the files
// named on the command line and print the diagnostics as dfyc does. Exit codes are dfyc's:
// 0 resolved, 2 parse or resolution errors, 1 command line. It honours --show-snippets and
// --function-syntax and ignores other options, so tools/fuzz/fuzz.py can run it in place of
// dfyc (which passes --show-snippets false). It links
// only frontend/ and common/, which is what `dfyc resolve` exercises, so a sanitizer build of
// it takes minutes instead of the whole project's.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "frontend/frontend.h"

int main(int argc, char** argv) {
  dfy::Context ctx;
  std::vector<std::string> files;
  bool snippets = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "resolve") continue;
    if (a == "--show-snippets" && i + 1 < argc) {
      snippets = std::string(argv[++i]) != "false";
    } else if (a == "--function-syntax" && i + 1 < argc) {
      ctx.options.function_syntax = std::string(argv[++i]) == "3" ? 3 : 4;
    } else if (a.rfind("--", 0) != 0) {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    fmt::print(stderr, "usage: {} resolve [options] file.dfy...\n", argv[0]);
    return 1;
  }
  ctx.options.show_snippets = snippets;
  for (const std::string& path : files) {
    dfy::FileId id;
    std::string error;
    if (!ctx.sources.Load(path, id, error)) {
      fmt::print("Error: {}\n", error);
      return 1;
    }
  }
  std::unique_ptr<dfy::Program> program = dfy::ParseAll(ctx);
  std::unique_ptr<dfy::ResolvedProgram> resolved;
  if (ctx.diags.Count(dfy::DiagCategory::Parse) == 0) resolved = dfy::Resolve(*program, ctx);
  for (const dfy::Diagnostic& d : ctx.diags.all()) {
    fmt::print("{}", dfy::Render(ctx.sources, d, ctx.options.diag_format, snippets));
  }
  size_t errors =
      ctx.diags.Count(dfy::DiagCategory::Parse) + ctx.diags.Count(dfy::DiagCategory::Resolution);
  return errors > 0 ? 2 : 0;
}
