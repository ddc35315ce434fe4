// dfyc: the command line, with Dafny's command and option names.
#include <fmt/format.h>
#include <pthread.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <functional>
#include <map>
#include <thread>

#include "driver/args.h"
#include "driver/includes.h"
#include "driver/pipeline.h"
#include "driver/stdlib.h"
#include "frontend/dump_types.h"
#include "frontend/frontend.h"
#include "frontend/printer.h"

namespace {

using dfy::driver::Command;
using dfy::driver::Invocation;

// Options common to the commands, named as Dafny names them.
void AddCommonOptions(CLI::App* app, Invocation& inv, std::string& format, bool& snippets) {
  app->add_option("files", inv.files, "Dafny source files")->required()->check(CLI::ExistingFile);
  app->add_option("--cores", inv.options.cores,
                  "Number of verification workers (default: half the cores)");
  app->add_option("--verification-time-limit", inv.options.verification_time_limit,
                  "Time limit per verification task, in seconds (0: none; default 30)");
  app->add_option("--resource-limit", inv.options.resource_limit,
                  "Z3 resource limit per task, in thousands (0: none)");
  app->add_option("--random-seed", inv.options.random_seed, "Seed for the solver");
  app->add_option("--function-syntax", inv.options.function_syntax,
                  "3: accept Dafny 3's 'function method' (default 4)")
      ->check(CLI::IsMember({3u, 4u}));
  app->add_option("--cache", inv.options.cache_dir,
                  "Verification cache folder (default: $XDG_CACHE_HOME/dfyc/verify)");
  app->add_flag("--no-cache", inv.no_cache, "Do not use the verification cache");
  app->add_option("--show-snippets", snippets, "Show source snippets with diagnostics")
      ->default_val(true);
  app->add_option("--diagnostic-format", format, "dafny (default) or gcc")
      ->check(CLI::IsMember({"dafny", "gcc"}));
  app->add_flag("--json", inv.json, "Print diagnostics as JSON");
  app->add_flag("--dump-vir", inv.dumps.vir, "Print each verification task's VIR");
  app->add_flag("--dump-smt2", inv.dumps.smt2, "Print each verification task's SMT-LIB query");
  static const std::map<std::string, dfy::GeneralTraits> kGeneralTraits = {
      {"legacy", dfy::GeneralTraits::Legacy},
      {"datatype", dfy::GeneralTraits::Datatype},
      {"full", dfy::GeneralTraits::Full}};
  app->add_option("--general-traits", inv.options.general_traits,
                  "legacy (default): only classes and traits extend traits; datatype: also "
                  "datatypes and abstract types; full: also newtypes (as Dafny)")
      ->transform(CLI::CheckedTransformer(kGeneralTraits));
  app->add_flag("--allow-warnings", inv.allow_warnings,
                "Do not fail when warnings are reported (as Dafny)");
  app->add_flag("--reads-clauses-on-methods", inv.options.reads_clauses_on_methods,
                "Allow reads clauses on methods and check them (a method without one reads *), "
                "as Dafny's option");
  app->add_option("--standard-libraries", inv.standard_libraries,
                  "Make the standard library's Std.* modules importable (stdlib/README.md)");
  app->add_flag("--verify-standard-libraries", inv.options.verify_library,
                "Verify the standard library's declarations with the program (by default they "
                "are taken as verified, as in Dafny)");
  app->add_option("--filter-position", inv.filter_position,
                  "Verify only what is in the files whose path ends with FILE, and with LINES "
                  "(N, N-M, N- or -M) only what meets those lines (as Dafny)")
      ->type_name("FILE[:LINES]");
  app->add_option("--filter-symbol", inv.options.filter_symbol,
                  "Verify only the declarations whose fully qualified name contains this; with a "
                  "final dot, whose name ends with it (as Dafny)");
  app->add_option("--depfile", inv.depfile,
                  "Write a Make-syntax depfile naming the .dfy files read (the command-line "
                  "files and their includes); its target is the depfile's name without its "
                  "extension (a.stamp.d: a.stamp)");
}

// `dfyc resolve --dump-ast` (and the hidden --parse-only and --dump-ast-tree): parse only, and
// print the AST as Dafny source (or as a structural tree) to stdout. Diagnostics of a failed
// parse go to stdout as usual (exit 2); warnings of a good one go to stderr, so that stdout
// holds only the program.
int ParseOnly(const Invocation& inv, bool dump, bool tree) {
  dfy::Context ctx;
  ctx.options = inv.options;
  for (const std::string& path : inv.files) {
    dfy::FileId id;
    std::string error;
    if (!ctx.sources.Load(path, id, error)) {
      fmt::print("Error: {}\n", error);
      return dfy::driver::kCommandLineError;
    }
  }
  std::unique_ptr<dfy::Program> program = dfy::ParseAll(ctx);
  size_t errors = ctx.diags.Count(dfy::DiagCategory::Parse);
  for (const dfy::Diagnostic& d : ctx.diags.all()) {
    std::string text =
        dfy::Render(ctx.sources, d, ctx.options.diag_format, ctx.options.show_snippets);
    if (errors > 0) {
      fmt::print("{}", text);
    } else {
      fmt::print(stderr, "{}", text);
    }
  }
  if (errors > 0) {
    fmt::print("{} parse errors detected in {}\n", errors, ctx.sources.File(0).display_name());
    return dfy::driver::kParseOrResolutionError;
  }
  if (dump) {
    fmt::print("{}",
               dfy::PrintProgram(*program, tree ? dfy::PrintStyle::Tree : dfy::PrintStyle::Source));
  }
  return dfy::driver::kSuccess;
}

// `dfyc resolve --dump-types`: parse and resolve, then print the type of every variable and
// expression (frontend/dump_types.h). Diagnostics and exit codes are those of `dfyc resolve`.
int DumpTypesOnly(const Invocation& inv) {
  dfy::Context ctx;
  ctx.options = inv.options;
  for (const std::string& path : inv.files) {
    dfy::FileId id;
    std::string error;
    if (!ctx.sources.Load(path, id, error)) {
      fmt::print("Error: {}\n", error);
      return dfy::driver::kCommandLineError;
    }
  }
  dfy::driver::LoadIncludes(ctx);
  if (inv.standard_libraries) dfy::driver::AddStandardLibraries(ctx);
  std::unique_ptr<dfy::Program> program = dfy::ParseAll(ctx);
  std::unique_ptr<dfy::ResolvedProgram> resolved;
  if (ctx.diags.Count(dfy::DiagCategory::Parse) == 0) resolved = dfy::Resolve(*program, ctx);
  size_t parse_errors = ctx.diags.Count(dfy::DiagCategory::Parse);
  size_t errors = parse_errors + ctx.diags.Count(dfy::DiagCategory::Resolution);
  for (const dfy::Diagnostic& d : ctx.diags.all()) {
    fmt::print("{}",
               dfy::Render(ctx.sources, d, ctx.options.diag_format, ctx.options.show_snippets));
  }
  if (errors > 0) {
    fmt::print("{} {} errors detected in {}\n", errors,
               parse_errors > 0 ? "parse" : "resolution/type", ctx.sources.File(0).display_name());
    return dfy::driver::kParseOrResolutionError;
  }
  fmt::print("{}", dfy::DumpTypes(*resolved, ctx.sources));
  return dfy::driver::kSuccess;
}

// Runs `work` on a thread with a large stack. The parser bounds nesting at 400 levels, and each
// level of the later phases' recursion over the tree takes a few kilobytes (much more under
// ASan): the default 8 MB main stack is not always enough, a bounded tree always fits in this.
int OnLargeStack(const std::function<int()>& work) {
  constexpr size_t kStack = size_t{512} << 20;
  struct Job {
    const std::function<int()>* work;
    int result = 0;
  } job{&work};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStack);
  pthread_t thread;
  auto entry = [](void* arg) -> void* {
    auto* j = static_cast<Job*>(arg);
    j->result = (*j->work)();
    return nullptr;
  };
  if (pthread_create(&thread, &attr, entry, &job) != 0) {
    pthread_attr_destroy(&attr);
    return work();  // no thread: run here, with the default stack
  }
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return job.result;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dfyc: a verifying compiler for Dafny that emits C++", "dfyc"};
  app.set_version_flag("--version", std::string(DFYC_VERSION));
  app.require_subcommand(1);
  Invocation inv;
  inv.options.cores = std::max(1u, std::thread::hardware_concurrency() / 2);
  std::string format = "dafny";
  bool snippets = true;

  CLI::App* resolve = app.add_subcommand("resolve", "Parse and resolve; report errors");
  CLI::App* verify = app.add_subcommand("verify", "Verify the program");
  CLI::App* run = app.add_subcommand("run", "Verify, compile to C++ and run the program");
  CLI::App* build = app.add_subcommand("build", "Verify and compile to an executable");
  CLI::App* test = app.add_subcommand("test", "Verify, compile and run the {:test} methods");
  CLI::App* translate = app.add_subcommand("translate", "Verify and translate to a target");
  CLI::App* translate_cpp = translate->add_subcommand("cpp", "Translate to C++ sources");
  translate->require_subcommand(1);
  for (CLI::App* sub : {resolve, verify, run, build, translate_cpp, test}) {
    AddCommonOptions(sub, inv, format, snippets);
  }
  for (CLI::App* sub : {run, build, translate_cpp, test}) {
    sub->add_flag("--no-verify", inv.no_verify, "Skip verification");
    sub->add_flag("--emit-cpp", inv.emit_cpp, "Also print the generated C++");
  }
  for (CLI::App* sub : {build, translate_cpp}) {
    sub->add_option("-o,--output", inv.output, "Output file");
  }
  run->add_option("--args", inv.program_args, "Arguments for the program");
  for (CLI::App* sub : {run, test}) {
    sub->add_option("--coverage-report", inv.coverage_report,
                    "Emit execution coverage report to a given directory.");
    sub->add_flag("--no-timestamp-for-coverage-report", inv.coverage_no_timestamp,
                  "Write the coverage report into the directory itself, not a timestamped "
                  "folder in it")
        ->group("");  // hidden, as in Dafny
  }
  std::vector<std::string> more_inputs;
  for (CLI::App* sub : {run, build, translate_cpp, test}) {
    // As Dafny's --input: more files, e.g. the C++ that defines the {:extern}s.
    sub->add_option("--input", more_inputs, "More input files (.dfy, or C++ for {:extern}s)")
        ->check(CLI::ExistingFile);
  }
  bool dump_ast = false, dump_ast_tree = false, parse_only = false, dump_types = false;
  resolve->add_flag("--dump-ast", dump_ast, "Parse only, and print the AST as Dafny source");
  resolve->add_flag("--dump-ast-tree", dump_ast_tree, "")->group("");  // structural, for tests
  resolve->add_flag("--parse-only", parse_only, "")->group("");        // for the fuzzer
  resolve->add_flag("--dump-types", dump_types,
                    "Print the inferred type of every variable and expression");

  try {
    // A bare --standard-libraries means true, as in Dafny.
    std::vector<std::string> args = dfy::driver::NormalizeStandardLibrariesArgs(argc, argv);
    dfy::driver::NormalizeColonOptions(args);  // `--function-syntax:3`, as Dafny
    std::vector<char*> arg_ptrs;
    for (std::string& a : args) arg_ptrs.push_back(a.data());
    app.parse(static_cast<int>(arg_ptrs.size()), arg_ptrs.data());
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : dfy::driver::kCommandLineError;
  }
  inv.files.insert(inv.files.end(), more_inputs.begin(), more_inputs.end());
  if (resolve->parsed()) inv.command = Command::Resolve;
  if (verify->parsed()) inv.command = Command::Verify;
  if (run->parsed()) inv.command = Command::Run;
  if (test->parsed()) {
    // `run` with a main() that runs the {:test} methods.
    inv.command = Command::Run;
    inv.test = true;
  }
  if (build->parsed()) inv.command = Command::Build;
  if (translate_cpp->parsed()) inv.command = Command::TranslateCpp;
  inv.options.show_snippets = snippets;
  if (inv.no_cache) {
    inv.options.cache_dir.clear();
  } else if (inv.options.cache_dir.empty()) {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    if (xdg && *xdg) {
      inv.options.cache_dir = std::string(xdg) + "/dfyc/verify";
    } else if (home && *home) {
      inv.options.cache_dir = std::string(home) + "/.cache/dfyc/verify";
    }
  }
  inv.options.diag_format = format == "gcc" ? dfy::DiagFormat::Gcc : dfy::DiagFormat::Dafny;
  if (inv.options.cores == 0) inv.options.cores = 1;
  if (!inv.filter_position.empty() &&
      !dfy::driver::ParseFilterPosition(inv.filter_position, inv.options)) {
    fmt::print(stderr, "Error: Could not parse value passed to --filter-position\n");
    return dfy::driver::kCommandLineError;
  }
  bool only_parse = resolve->parsed() && (dump_ast || dump_ast_tree || parse_only);
  return OnLargeStack([&] {
    if (only_parse) return ParseOnly(inv, dump_ast || dump_ast_tree, dump_ast_tree);
    if (resolve->parsed() && dump_types) return DumpTypesOnly(inv);
    return dfy::driver::RunCommand(inv);
  });
}
