#include "driver/pipeline.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "backend/backend.h"
#include "driver/coverage_report.h"
#include "driver/includes.h"
#include "driver/stdlib.h"
#include "driver/toolchain.h"
#include "frontend/frontend.h"

namespace dfy::driver {

namespace fs = std::filesystem;

namespace {

// `dafny test`'s checks of the {:test} methods it runs (its RunAllTestsMainMethod, errors
// counted as resolution errors): no input parameters (ghost ones included), no type
// parameters, at the method's name.
// In the order of the runner: module by module, the default module last, module-level methods
// before class members.
void CheckTestMethods(const ResolvedProgram& rp, Context& ctx) {
  std::vector<const Decl*> modules;
  std::vector<std::pair<const Decl*, const Decl*>> tests;  // (module, method)
  for (const Decl* d : rp.decls()) {
    if (d->kind != DeclKind::Method || d->ghost) continue;
    bool test = false;
    for (const Attribute& a : d->attributes) test = test || a.name == "test";
    if (!test) continue;
    const Decl* m = rp.OwnerOf(d);
    while (m && m->kind != DeclKind::Module) m = rp.OwnerOf(m);
    if (std::find(modules.begin(), modules.end(), m) == modules.end()) modules.push_back(m);
    tests.emplace_back(m, d);
  }
  auto rank = [&](const std::pair<const Decl*, const Decl*>& t) {
    size_t module = t.first == rp.program.default_module
                        ? modules.size()
                        : std::find(modules.begin(), modules.end(), t.first) - modules.begin();
    bool member = rp.OwnerOf(t.second) != t.first;
    return std::pair(module, member);
  };
  std::stable_sort(tests.begin(), tests.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  for (const auto& [module, d] : tests) {
    auto* m = static_cast<const MethodDecl*>(d);
    if (!m->ins.empty()) {
      ctx.diags.Report(DiagKind::ResolutionError, d->name_range,
                       "Methods with the :test attribute may not have input arguments");
    } else if (!m->type_params.empty()) {
      ctx.diags.Report(DiagKind::ResolutionError, d->name_range,
                       "Methods with the :test attribute may not have type parameters");
    }
  }
}

void PrintDiagnostics(const Context& ctx, size_t from, bool json) {
  if (json) return;
  const auto& all = ctx.diags.all();
  for (size_t i = from; i < all.size(); ++i) {
    fmt::print("{}",
               Render(ctx.sources, all[i], ctx.options.diag_format, ctx.options.show_snippets));
  }
}

std::string Plural(size_t n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// The first Dafny file (C++ inputs may come first on the command line).
std::string FirstDafnyFile(const Invocation& inv) {
  for (const std::string& f : inv.files) {
    if (!IsCppInput(f)) return f;
  }
  return inv.files.front();
}

std::string Stem(const Invocation& inv) {
  if (!inv.output.empty()) return fs::path(inv.output).stem().string();
  return fs::path(FirstDafnyFile(inv)).stem().string();
}

}  // namespace

int RunCommand(const Invocation& inv) {
  Context ctx;
  ctx.options = inv.options;
  int code = kSuccess;
  auto finish = [&](int exit_code) {
    if (inv.json) fmt::print("{}\n", RenderJson(ctx.sources, ctx.diags.all()));
    return exit_code;
  };

  const CppInputs cpp_inputs = CollectCppInputs(inv.files);
  for (const std::string& path : inv.files) {
    FileId id;
    std::string error;
    if (IsCppInput(path)) continue;  // the user's C++ for {:extern}s
    if (!fs::path(path).has_extension() || fs::path(path).extension() != ".dfy") {
      fmt::print("Error: file {} not supported: dfyc accepts only .dfy files\n", path);
      return kCommandLineError;
    }
    if (!ctx.sources.Load(path, id, error)) {
      fmt::print("Error: {}\n", error);
      return kCommandLineError;
    }
  }
  LoadIncludes(ctx);
  if (!inv.depfile.empty()) {
    // Written first, so that a build tool knows what to watch even when the command fails.
    std::string error;
    if (!WriteDepfile(ctx, inv.depfile, fs::path(inv.depfile).replace_extension("").string(),
                      error)) {
      fmt::print("Error: {}\n", error);
      return kCommandLineError;
    }
  }
  if (inv.standard_libraries) AddStandardLibraries(ctx);
  const std::string first_name = ctx.sources.File(0).display_name();

  // Parse.
  std::unique_ptr<Program> program = ParseAll(ctx);
  size_t parse_errors = ctx.diags.Count(DiagCategory::Parse);
  size_t resolution_errors = ctx.diags.Count(DiagCategory::Resolution);
  if (parse_errors > 0 || resolution_errors > 0) {
    PrintDiagnostics(ctx, 0, inv.json);
    if (!inv.json) {
      if (parse_errors > 0) {
        fmt::print("{} parse errors detected in {}\n", parse_errors, first_name);
      } else {
        fmt::print("{} resolution/type errors detected in {}\n", resolution_errors, first_name);
      }
    }
    return finish(kParseOrResolutionError);
  }

  // Resolve.
  std::unique_ptr<ResolvedProgram> resolved = Resolve(*program, ctx);
  if (inv.test && ctx.diags.Count(DiagCategory::Resolution) == 0) CheckTestMethods(*resolved, ctx);
  resolution_errors = ctx.diags.Count(DiagCategory::Resolution);
  if (resolution_errors > 0) {
    PrintDiagnostics(ctx, 0, inv.json);
    if (!inv.json) {
      fmt::print("{} resolution/type errors detected in {}\n", resolution_errors, first_name);
    }
    return finish(kParseOrResolutionError);
  }
  // The constructs the verifier and the backend do not handle yet.
  bool will_verify = inv.command == Command::Verify ||
                     ((inv.command == Command::Run || inv.command == Command::Build ||
                       inv.command == Command::TranslateCpp) &&
                      !inv.no_verify);
  bool will_compile = inv.command == Command::Run || inv.command == Command::Build ||
                      inv.command == Command::TranslateCpp;
  size_t unsupported = 0;
  if (will_verify) unsupported += CheckVerifySubset(*resolved, ctx);
  if (will_compile && unsupported == 0) unsupported += CheckCompileSubset(*resolved, ctx);
  if (unsupported > 0) {
    PrintDiagnostics(ctx, 0, inv.json);
    if (!inv.json) {
      fmt::print("{} resolution/type errors detected in {}\n", unsupported, first_name);
    }
    return finish(kParseOrResolutionError);
  }
  PrintDiagnostics(ctx, 0, inv.json);  // warnings
  // As Dafny: warnings fail the command unless --allow-warnings, after verification (and for
  // the commands that compile, after translation, whose errors Dafny reports first).
  bool warnings_fail = !inv.allow_warnings && ctx.diags.all().size() > 0;
  auto warnings_failure = [&](int code) {
    if (!inv.json)
      fmt::print(
          "Compilation failed because warnings were found and "
          "--allow-warnings is false\n");
    return finish(code);
  };

  // Verify.
  bool verify = inv.command == Command::Verify ||
                ((inv.command == Command::Run || inv.command == Command::Build ||
                  inv.command == Command::TranslateCpp) &&
                 !inv.no_verify);
  if (inv.command == Command::Resolve && warnings_fail) {
    return warnings_failure(kParseOrResolutionError);
  }
  if (!verify) {
    if (!inv.json) fmt::print("\nDafny program verifier did not attempt verification\n");
    if (inv.command == Command::Resolve) return finish(kSuccess);
  } else {
    size_t before = ctx.diags.all().size();
    VerifyResult result = Verify(*resolved, ctx, inv.dumps);
    PrintDiagnostics(ctx, before, inv.json);
    if (!inv.json) {
      std::string summary = fmt::format("\nDafny program verifier finished with {} verified, {}",
                                        result.verified, Plural(result.errors, "error"));
      if (result.timeouts > 0) summary += ", " + Plural(result.timeouts, "time out");
      if (result.out_of_resource > 0) {
        summary += fmt::format(", {} out of resource", result.out_of_resource);
      }
      fmt::print("{}\n", summary);
    }
    if (result.errors > 0 || result.timeouts > 0 || result.out_of_resource > 0) {
      return finish(kVerificationError);
    }
    if (inv.command == Command::Verify) {
      return warnings_fail ? warnings_failure(kParseOrResolutionError) : finish(kSuccess);
    }
  }

  // Compile.
  size_t before = ctx.diags.all().size();
  EmitOptions emit_options;
  emit_options.extern_headers = cpp_inputs.HeaderNames();
  emit_options.test_main = inv.test;
  emit_options.coverage = inv.command == Command::Run && !inv.coverage_report.empty();
  CppUnit unit = EmitCpp(*resolved, ctx, Stem(inv), emit_options);
  if (ctx.diags.Count(DiagCategory::Compilation) > 0) {
    PrintDiagnostics(ctx, before, inv.json);
    if (!inv.json) fmt::print("Translation was aborted because errors were found\n");
    std::fflush(stdout);
    return finish(kCompilationError);
  }
  // The translation's warnings ({:synthesize}), as Dafny prints them.
  if (!inv.json) {
    const auto& all = ctx.diags.all();
    for (size_t i = before; i < all.size(); ++i) {
      if (SeverityOf(all[i].kind) != Severity::Warning) continue;
      fmt::print("{}",
                 Render(ctx.sources, all[i], ctx.options.diag_format, ctx.options.show_snippets));
    }
  }
  if (warnings_fail) {
    if (!inv.json) {
      fmt::print(
          "Translation was aborted because warnings were found and --allow-warnings was not "
          "specified\n");
    }
    return finish(kCompilationError);
  }
  if (inv.emit_cpp)
    fmt::print("// {}\n{}\n// {}\n{}", unit.header_name, unit.header, unit.source_name,
               unit.source);
  if (inv.command == Command::TranslateCpp) {
    fs::path dir = inv.output.empty() ? fs::path(".") : fs::path(inv.output).parent_path();
    std::string error;
    if (!WriteUnit(unit, dir.empty() ? fs::path(".") : dir, error)) {
      fmt::print("Error: {}\n", error);
      return finish(kCompilationError);
    }
    return finish(kSuccess);
  }
  if (!unit.has_main && inv.command == Command::Run) {
    fmt::print("Error: no Main method found in program\n");
    return finish(kCompilationError);
  }
  fs::path output;
  if (inv.command == Command::Build) {
    output = inv.output.empty() ? fs::path(FirstDafnyFile(inv)).replace_extension("")
                                : fs::path(inv.output);
    std::string error;
    fs::path dir = output.parent_path().empty() ? fs::path(".") : output.parent_path();
    if (!WriteUnit(unit, dir, error) ||
        !WriteCMakeLists(unit, dir, output.filename().string(), cpp_inputs, error)) {
      fmt::print("Error: {}\n", error);
      return finish(kCompilationError);
    }
    if (!unit.has_main) return finish(kSuccess);
  }
  std::fflush(stdout);
  CompileResult compiled = CompileProgram(unit, output, cpp_inputs);
  if (!compiled.ok) {
    fmt::print("Error: the C++ compiler failed on the generated code (a dfyc bug):\n{}\n",
               compiled.log);
    return finish(kCompilationError);
  }
  if (inv.command == Command::Build) return finish(kSuccess);
  if (!emit_options.coverage) {
    code = RunProgram(compiled.program, inv.program_args);
    // As `dafny run`: a program that halts (a failed expect) makes the command fail with 3.
    return finish(code == 0 ? kSuccess : kCompilationError);
  }
  // With --coverage-report the program writes its counts to a temporary file; as Dafny, the
  // report is written only when the program ends normally.
  fs::path tallies = fs::temp_directory_path() / fmt::format("dfyc-coverage-{}.txt", getpid());
  setenv("DFY_COVERAGE_FILE", tallies.c_str(), 1);
  code = RunProgram(compiled.program, inv.program_args);
  unsetenv("DFY_COVERAGE_FILE");
  if (code != 0) {
    std::error_code ec;
    fs::remove(tallies, ec);
    return finish(kCompilationError);
  }
  std::vector<uint64_t> counts;
  std::string error;
  bool ok = ReadCoverageTallies(tallies.string(), counts, error) &&
            WriteCoverageReport(ctx, *resolved, unit.coverage, counts, inv.coverage_report,
                                !inv.coverage_no_timestamp, error);
  std::error_code ec;
  fs::remove(tallies, ec);
  if (!ok) {
    fmt::print("Error: {}\n", error);
    return finish(kCompilationError);
  }
  return finish(kSuccess);
}

}  // namespace dfy::driver
