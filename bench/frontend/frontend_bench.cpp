// frontend_bench: parses and resolves many Dafny files in one process, each file a compilation
// of its own (as `dfyc resolve FILE` would), and reports the time of each phase. It measures the
// frontend alone: no process start, no verification. See bench/README.md.
//
//   frontend_bench [--repeat N] FILE_OR_FOLDER...
//
// A folder stands for its .dfy files (not recursive), in name order. Prints one summary line
// per phase (the best of N repetitions, default 1) and how many files had errors.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "frontend/frontend.h"

namespace {

struct Totals {
  double load = 0, parse = 0, resolve = 0;
  size_t files_with_errors = 0;
  size_t diagnostics = 0;
};

double Seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

Totals RunOnce(const std::vector<std::string>& files) {
  using Clock = std::chrono::steady_clock;
  Totals t;
  for (const std::string& path : files) {
    auto t0 = Clock::now();
    dfy::Context ctx;
    dfy::FileId id;
    std::string error;
    if (!ctx.sources.Load(path, id, error)) {
      ++t.files_with_errors;
      continue;
    }
    auto t1 = Clock::now();
    std::unique_ptr<dfy::Program> program = dfy::ParseAll(ctx);
    auto t2 = Clock::now();
    if (ctx.diags.Count(dfy::DiagCategory::Parse) == 0) {
      std::unique_ptr<dfy::ResolvedProgram> resolved = dfy::Resolve(*program, ctx);
    }
    auto t3 = Clock::now();
    t.load += Seconds(t1 - t0);
    t.parse += Seconds(t2 - t1);
    t.resolve += Seconds(t3 - t2);
    t.diagnostics += ctx.diags.all().size();
    if (ctx.diags.ErrorCount() > 0) ++t.files_with_errors;
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 1;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
      continue;
    }
    if (std::filesystem::is_directory(arg)) {
      std::vector<std::string> in_folder;
      for (const auto& entry : std::filesystem::directory_iterator(arg)) {
        if (entry.path().extension() == ".dfy") in_folder.push_back(entry.path().string());
      }
      std::sort(in_folder.begin(), in_folder.end());
      files.insert(files.end(), in_folder.begin(), in_folder.end());
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    fmt::print(stderr, "usage: frontend_bench [--repeat N] FILE_OR_FOLDER...\n");
    return 1;
  }
  Totals best;
  double best_total = 1e300;
  for (int r = 0; r < repeat; ++r) {
    Totals t = RunOnce(files);
    double total = t.load + t.parse + t.resolve;
    if (total < best_total) {
      best_total = total;
      best = t;
    }
  }
  fmt::print("files:   {}\n", files.size());
  fmt::print("load:    {:.3f} s\n", best.load);
  fmt::print("parse:   {:.3f} s (lex and parse)\n", best.parse);
  fmt::print("resolve: {:.3f} s\n", best.resolve);
  fmt::print("total:   {:.3f} s\n", best_total);
  fmt::print("files with errors: {} ({} diagnostics)\n", best.files_with_errors, best.diagnostics);
  return 0;
}
