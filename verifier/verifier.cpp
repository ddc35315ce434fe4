#include "verifier/verifier.h"

#include <fmt/format.h>
#include <z3++.h>
#include <z3_version.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include "frontend/call_graph.h"
#include "verifier/encoder.h"
#include "verifier/vcgen.h"
#include "verifier/vir.h"

namespace dfy {

namespace {

// What one task found.
struct TaskOutcome {
  bool has_obligations = false;
  std::vector<vir::AssertInfo> failed;
  bool timed_out = false;
  bool out_of_resource = false;  // with timed_out: the resource limit, not the clock, ended it
  std::string internal_error;
  std::string dump;
};

// Dafny's solver options (DafnyOptions.SetZ3Options and Boogie's defaults): E-matching only,
// predictable instantiation.
void SetGlobalZ3Options() {
  static std::once_flag once;
  std::call_once(once, [] {
    z3::set_param("auto_config", false);
    z3::set_param("smt.mbqi", false);
    z3::set_param("smt.qi.eager_threshold", 44);
    z3::set_param("smt.delay_units", true);
    z3::set_param("smt.case_split", 3);
    // Dafny's default ({:z3ArithmeticSolver 2}): the older arithmetic solver, on which users'
    // nonlinear proofs were written.
    z3::set_param("smt.arith.solver", 2);

    z3::set_param("model.completion", true);
  });
}

// FNV-1a, 64 bits: stable across runs and machines, unlike std::hash.
uint64_t Fnv1a(std::string_view data) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Z3 4.8 says "timeout" or "canceled" when the time limit ends a check, and a bare "unknown"
// when the resource limit does; incompleteness has its own reasons ("incomplete quantifiers").
bool IsResourceOut(const std::string& reason, const Options& options) {
  return (reason == "unknown" && options.resource_limit > 0) ||
         reason.find("timeout") != std::string::npos ||
         reason.find("canceled") != std::string::npos ||
         reason.find("resource") != std::string::npos;
}

// Z3's own timeout is not always honoured (its nonlinear arithmetic can run on); a watchdog
// interrupts the context when a check outlives the time limit, so a check always ends.
class Watchdog {
 public:
  Watchdog(z3::context& c, unsigned seconds) {
    if (seconds == 0) return;
    thread_ = std::thread([this, &c, seconds] {
      std::unique_lock<std::mutex> lock(mutex_);
      // A little later than Z3's own limit, which reports a cleaner reason when it works.
      if (!done_cv_.wait_for(lock, std::chrono::milliseconds(seconds * 1000 + 500),
                             [this] { return done_; })) {
        c.interrupt();
      }
    });
  }
  ~Watchdog() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    done_cv_.notify_one();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable done_cv_;
  bool done_ = false;
  std::thread thread_;
};

// One unit of verification work: a declaration and which of its parts.
struct TaskRef {
  const Decl* decl;
  bool spec_only;  // methods: the well-formedness of the specification
  // A class's member that implements a trait's: the override check.
  bool override_check = false;
  // A function's `by method` body: its correctness against the function ("F (correctness)").
  bool by_method = false;
};

// The cache has two levels, both for proved tasks only (a failure is always solved again, so
// that its messages are fresh):
//   - by declaration: the task's identity within the whole program text (every source file,
//     the options that decide verdicts, the dfyc binary, Z3's version). A hit costs no lowering and
//     no solver, which is what a re-run over unchanged files needs.
//   - by query: the SMT-LIB text of the lowered task, which survives edits elsewhere in the
//     program that do not change what this task states.
// The dfyc binary itself (its size and time of modification): a rebuilt verifier may encode a
// task differently, so its verdicts are not those of the binary that filled the cache.
std::string BinaryIdentity() {
  static const std::string identity = [] {
    std::error_code ec;
    auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return std::string("unknown");
    auto size = std::filesystem::file_size(path, ec);
    auto time = std::filesystem::last_write_time(path, ec);
    if (ec) return std::string("unknown");
    return fmt::format("{}:{}", size, time.time_since_epoch().count());
  }();
  return identity;
}

std::string VerdictOptionsKey(const Options& options) {
  return fmt::format("{}|{}|{}|{}|{}|{}", DFYC_VERIFIER_VERSION, Z3_FULL_VERSION,
                     options.verification_time_limit, options.resource_limit, options.random_seed,
                     options.function_syntax);
}

// Everything the program's verification depends on: the text of every source file (the
// included ones and the embedded standard library too) and the verdict options.
std::string ProgramKey(const Context& ctx) {
  std::string key = VerdictOptionsKey(ctx.options) + "|" + BinaryIdentity();
  for (size_t i = 0; i < ctx.sources.FileCount(); ++i) {
    const SourceFile& file = ctx.sources.File(static_cast<FileId>(i));
    key += fmt::format("|{}|{}|{:016x}", file.name(), file.text().size(), Fnv1a(file.text()));
  }
  return key;
}

std::filesystem::path DeclCachePath(const Options& options, const std::string& program_key,
                                    TaskRef ref) {
  if (options.cache_dir.empty()) return {};
  std::string key =
      fmt::format("{}|{}:{}|{}|{}|{}|{}", program_key, ref.decl->range.file, ref.decl->range.begin,
                  ref.decl->name, ref.spec_only, ref.override_check, ref.by_method);
  return std::filesystem::path(options.cache_dir) / "decl" / fmt::format("{:016x}", Fnv1a(key));
}

bool CacheHas(const std::filesystem::path& entry) {
  std::error_code ec;
  return !entry.empty() && std::filesystem::exists(entry, ec);
}

// An entry says "proved", or (by declaration only) "empty": the task has no obligations.
void CacheRecord(const std::filesystem::path& entry, const char* verdict) {
  if (entry.empty()) return;
  std::error_code ec;
  std::filesystem::create_directories(entry.parent_path(), ec);
  std::ofstream(entry) << verdict << "\n";
}

void CacheRecordProved(const std::filesystem::path& entry) { CacheRecord(entry, "proved"); }

// Whether a declaration entry says its task has no obligations.
bool CacheSaysEmpty(const std::filesystem::path& entry) {
  std::ifstream in(entry);
  std::string verdict;
  in >> verdict;
  return verdict == "empty";
}

// A failed obligation's message, with its subjects.
std::string MessageOf(const vir::AssertInfo& f) {
  std::string message = vir::ObligationMessage(f.kind);
  if (!f.subject2.empty()) return fmt::format(fmt::runtime(message), f.subject, f.subject2);
  if (!f.subject.empty()) return fmt::format(fmt::runtime(message), f.subject);
  return message;
}

// A failed postcondition is reported at the return point of the counterexample's path.
void ReportAtReturnPoint(const vir::Task& task, size_t assert_id, const z3::model& model,
                         vir::AssertInfo& failed) {
  for (const auto& [id, point] : task.return_point_of) {
    if (id != assert_id) continue;
    z3::expr k = model.eval(point, true);
    int64_t n = 0;
    if (k.is_numeral_i64(n) && n >= 1 && static_cast<size_t>(n) <= task.return_points.size()) {
      failed.range = task.return_points[n - 1];
    }
    return;
  }
}

// Records the failure of assertion i (its check, `only`, was not unsat): at the return point of
// its counterexample; for an inlined predicate with several conjuncts, once for each conjunct
// that may be false (checked assuming it false), as Dafny checks each one.
template <class Check>
void RecordFailure(const vir::Task& task, size_t i, z3::solver& solver, z3::expr_vector& only,
                   Check& check, TaskOutcome& out) {
  auto at_model = [&](vir::AssertInfo info) {
    // (With quantifiers Z3 mostly answers unknown, with a candidate model.)
    try {
      ReportAtReturnPoint(task, i, solver.get_model(), info);
    } catch (const z3::exception&) {
      // No model: the assertion's own position.
    }
    return info;
  };
  const std::vector<vir::Proposition>* props = nullptr;
  for (const auto& [id, p] : task.propositions_of) {
    if (id == i) props = &p;
  }
  vir::AssertInfo whole = at_model(task.asserts[i]);
  size_t before = out.failed.size();
  for (size_t k = 0; props && k < props->size(); ++k) {
    solver.push();
    solver.add(!(*props)[k].term);
    if (check(only) != z3::unsat) {
      out.failed.push_back(at_model(task.asserts[i]));
      out.failed.back().propositions = (*props)[k].chain;
    }
    solver.pop();
  }
  if (out.failed.size() == before) out.failed.push_back(whole);
}

TaskOutcome RunTask(const ResolvedProgram& rp, const CallGraph& graph, TaskRef ref,
                    const Options& options, const VerifyDumps& dumps,
                    const std::filesystem::path& by_decl) {
  const Decl* decl = ref.decl;
  TaskOutcome out;
  if (!dumps.vir && !dumps.smt2 && CacheHas(by_decl)) {
    out.has_obligations = !CacheSaysEmpty(by_decl);
    return out;
  }
  // (Z3's global parameters are set on first use: a run answered wholly by the cache never
  // starts Z3.)
  SetGlobalZ3Options();
  try {
    z3::context c;
    verify::Symbols sym(c, rp);
    vir::Task task;
    task.name = decl->name;
    verify::Lowerer axioms(sym, graph, task, decl);
    if (ref.by_method) axioms.SetOutsideCluster();
    axioms.SkipOverrideAxiomsOf(decl);
    task.axioms = axioms.FunctionAxioms();
    task.asserts.clear();
    task.body.cmds.clear();
    verify::Lowerer lower(sym, graph, task, decl);
    lower.CheckMethodReads(options.reads_clauses_on_methods);
    if (ref.by_method) lower.SetOutsideCluster();
    if (ref.override_check) {
      lower.LowerOverrideCheck(decl);
    } else if (ref.by_method) {
      lower.LowerByMethod(static_cast<const FunctionDecl*>(decl));
    } else if (decl->kind == DeclKind::Method) {
      lower.LowerMethod(static_cast<const MethodDecl*>(decl), ref.spec_only);
    } else if (decl->kind == DeclKind::Newtype || decl->kind == DeclKind::SubsetType) {
      lower.LowerTypeDecl(static_cast<const NewtypeDecl*>(decl));
    } else if (decl->kind == DeclKind::Const) {
      lower.LowerConstDecl(static_cast<const ConstDecl*>(decl));
    } else if (decl->kind == DeclKind::Datatype) {
      lower.LowerDatatypeDefaults(static_cast<const DatatypeDecl*>(decl));
    } else {
      lower.LowerFunction(static_cast<const FunctionDecl*>(decl));
    }
    for (z3::expr& a : axioms.InstanceAxioms()) task.axioms.push_back(a);
    for (z3::expr& a : sym.LitAxioms()) task.axioms.push_back(a);
    for (z3::expr& a : sym.IntToBitVectorAxioms()) task.axioms.push_back(a);
    for (z3::expr& a : sym.TakeHeapAxioms()) task.axioms.push_back(a);
    for (z3::expr& a : sym.TakeDatatypeAxioms()) task.axioms.push_back(a);
    for (z3::expr& a : sym.coll.TakeAxioms()) task.axioms.push_back(a);
    out.has_obligations = !task.asserts.empty();
    if (dumps.vir) out.dump += vir::Dump(task);
    if (!out.has_obligations) {
      if (!dumps.vir && !dumps.smt2) CacheRecord(by_decl, "empty");
      return out;
    }
    vir::VerificationCondition vc = vir::GenerateVC(c, task);

    z3::solver solver(c);
    z3::params params(c);
    if (options.verification_time_limit) {
      params.set("timeout", options.verification_time_limit * 1000u);
    }
    if (options.resource_limit) {
      params.set("rlimit", static_cast<unsigned>(options.resource_limit * 1000));
    }
    params.set("random_seed", options.random_seed);
    solver.set(params);
    for (const z3::expr& a : task.axioms) solver.add(a);
    for (const z3::expr& d : vc.definitions) solver.add(d);
    solver.add(!vc.formula);
    if (dumps.smt2) out.dump += solver.to_smt2();

    std::filesystem::path by_query;
    if (!options.cache_dir.empty()) {
      std::string key = solver.to_smt2();
      key += fmt::format("|{}|{}", VerdictOptionsKey(options), task.asserts.size());
      by_query = std::filesystem::path(options.cache_dir) / fmt::format("{:016x}", Fnv1a(key));
      if (CacheHas(by_query)) {
        CacheRecordProved(by_decl);
        return out;
      }
    }

    z3::expr_vector all(c);
    for (const z3::expr& s : vc.selectors) all.push_back(s);
    auto check = [&](z3::expr_vector& assumptions) {
      Watchdog watchdog(c, options.verification_time_limit);
      return solver.check(assumptions);
    };
    z3::check_result result = check(all);
    // Not proved by the incremental solver (which checks under assumptions): once more as one
    // query, where Z3 first simplifies it with its tactics (the selectors occur only as
    // premises of assertions, so the query is valid with them free iff with them true). Z3's
    // two ways differ by orders of magnitude on some queries, either way round.
    if (result != z3::unsat) {
      z3::solver whole(c);
      whole.set(params);
      for (const z3::expr& a : task.axioms) whole.add(a);
      for (const z3::expr& d : vc.definitions) whole.add(d);
      whole.add(!vc.formula);
      Watchdog watchdog(c, options.verification_time_limit);
      if (whole.check() == z3::unsat) result = z3::unsat;
    }
    if (result == z3::unsat) {
      CacheRecordProved(by_query);
      CacheRecordProved(by_decl);
      return out;
    }
    if (result == z3::unknown && IsResourceOut(solver.reason_unknown(), options)) {
      out.timed_out = true;
      out.out_of_resource = solver.reason_unknown() == "unknown" && options.resource_limit > 0;
      return out;
    }
    // Something failed: check each assertion alone, the others assumed, to name every one.
    for (size_t i = 0; i < vc.selectors.size(); ++i) {
      z3::expr_vector only(c);
      for (size_t j = 0; j < vc.selectors.size(); ++j) {
        only.push_back(i == j ? vc.selectors[j] : !vc.selectors[j]);
      }
      z3::check_result r = check(only);
      if (r == z3::unsat) continue;
      if (r == z3::unknown && IsResourceOut(solver.reason_unknown(), options)) {
        out.timed_out = true;
        out.out_of_resource = solver.reason_unknown() == "unknown" && options.resource_limit > 0;
        continue;
      }
      RecordFailure(task, i, solver, only, check, out);
    }
    // The whole query was not proved at once, but each assertion was, the others assumed:
    // the task is proved, and so remembered.
    if (out.failed.empty() && !out.timed_out) {
      CacheRecordProved(by_query);
      CacheRecordProved(by_decl);
    }
    std::stable_sort(out.failed.begin(), out.failed.end(),
                     [](const vir::AssertInfo& a, const vir::AssertInfo& b) {
                       // Dafny's order: by position, then message, then related position.
                       auto key = [](const vir::AssertInfo& i) {
                         return std::make_tuple(
                             i.range.begin, i.order, MessageOf(i),
                             i.has_related ? i.related.begin : 0u,
                             i.propositions.empty() ? 0u : i.propositions[0].begin);
                       };
                       return key(a) < key(b);
                     });
  } catch (const std::exception& e) {
    out.internal_error = e.what();
  }
  return out;
}

// Dafny's FullDafnyName: the enclosing modules (not the default one), the enclosing type and
// the name, joined by dots.
std::string FullDafnyName(const ResolvedProgram& rp, const Decl* d) {
  std::string name = d->name;
  for (const Decl* o = rp.OwnerOf(d); o && o != rp.program.default_module; o = rp.OwnerOf(o)) {
    name = o->name + "." + name;
  }
  return name;
}

// Whether --filter-position and --filter-symbol (Dafny's) keep d among the tasks.
bool Selected(const ResolvedProgram& rp, const Context& ctx, const Decl* d) {
  const Options& o = ctx.options;
  if (o.filter_position) {
    const SourceFile& file = ctx.sources.File(d->range.file);
    std::error_code ec;
    std::string path = std::filesystem::absolute(file.name(), ec).generic_string();
    if (!path.ends_with(o.filter_file)) return false;
    // A task is kept when its line, that of the declaration's name, is in the range (Dafny's
    // KeepVerificationTask); Dafny then counts assertions, dfyc still counts tasks.
    uint32_t line = file.Position(d->name_range.begin).line;
    if (line < o.filter_from || line > o.filter_to) return false;
  }
  if (!o.filter_symbol.empty()) {
    std::string name = FullDafnyName(rp, d);
    if (o.filter_symbol.ends_with('.')) {
      return name.ends_with(
          std::string_view(o.filter_symbol).substr(0, o.filter_symbol.size() - 1));
    }
    return name.find(o.filter_symbol) != std::string::npos;
  }
  return true;
}

}  // namespace

namespace verify {
bool SkipsVerification(const Context& ctx, const Decl* d) {
  if (InVerifiedLibrary(ctx, d)) return true;
  for (const Attribute& a : d->attributes) {
    if (a.name != "verify") continue;  // Dafny looks at the first {:verify}
    return a.args.size() == 1 && a.args[0]->kind == ExprKind::BoolLiteral &&
           !static_cast<const LiteralExpr*>(a.args[0])->bool_value;
  }
  return false;
}
}  // namespace verify

VerifyResult Verify(const ResolvedProgram& rp, Context& ctx, const VerifyDumps& dumps) {
  CallGraph graph(rp);
  std::vector<TaskRef> decls;
  // (What a refining module inherits unchanged was verified in the module it refines.)
  auto in_library = [&](const Decl* d) {
    return verify::SkipsVerification(ctx, d) || rp.IsInherited(d);
  };
  for (const Decl* d : rp.callables()) {
    if (in_library(d)) continue;
    // (Dafny reports the override check's errors, at the member's name, before those of its
    // specification's well-formedness.)
    if (rp.OverriddenOf(d)) decls.push_back(TaskRef{d, false, true});
    if (d->kind == DeclKind::Method) decls.push_back(TaskRef{d, true});
    decls.push_back(TaskRef{d, false});
    if (d->kind == DeclKind::Function && static_cast<const FunctionDecl*>(d)->by_method) {
      decls.push_back(TaskRef{d, false, false, true});
    }
  }
  for (const Decl* d : rp.decls()) {
    bool type = d->kind == DeclKind::Newtype || d->kind == DeclKind::SubsetType;
    // Consts with values: of modules, and of classes (whose values need no object).
    bool module_const =
        d->kind == DeclKind::Const && rp.OwnerOf(d) &&
        (rp.OwnerOf(d)->kind == DeclKind::Module ||
         ((verify::IsClassLike(rp.OwnerOf(d)) || rp.OwnerOf(d)->kind == DeclKind::Datatype ||
           rp.OwnerOf(d)->kind == DeclKind::Newtype) &&
          static_cast<const ConstDecl*>(d)->init));
    // Datatypes whose constructors have default values (checked there).
    bool defaults = false;
    if (d->kind == DeclKind::Datatype) {
      for (const DatatypeCtor& c : static_cast<const DatatypeDecl*>(d)->ctors) {
        defaults = defaults || !c.defaults.empty();
      }
    }
    if ((type || module_const || defaults) && !in_library(d)) decls.push_back(TaskRef{d, false});
  }
  std::erase_if(decls, [&](const TaskRef& t) { return !Selected(rp, ctx, t.decl); });
  // Reported in the order of the declarations in the source, as Dafny does.
  std::stable_sort(decls.begin(), decls.end(), [](const TaskRef& a, const TaskRef& b) {
    return std::make_pair(a.decl->range.file, a.decl->range.begin) <
           std::make_pair(b.decl->range.file, b.decl->range.begin);
  });
  std::vector<TaskOutcome> outcomes(decls.size());
  const std::string program_key = ctx.options.cache_dir.empty() ? "" : ProgramKey(ctx);
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < decls.size(); i = next++) {
      outcomes[i] = RunTask(rp, graph, decls[i], ctx.options, dumps,
                            DeclCachePath(ctx.options, program_key, decls[i]));
    }
  };
  unsigned workers = std::max(1u, std::min<unsigned>(ctx.options.cores, decls.size()));
  std::vector<std::thread> threads;
  for (unsigned i = 1; i < workers; ++i) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();

  VerifyResult result;
  for (size_t i = 0; i < decls.size(); ++i) {
    const TaskOutcome& o = outcomes[i];
    if (!o.dump.empty()) fmt::print("{}", o.dump);
    if (!o.internal_error.empty()) {
      ctx.diags.Report(DiagKind::VerificationUnknown, decls[i].decl->name_range,
                       fmt::format("internal error while verifying '{}': {}", decls[i].decl->name,
                                   o.internal_error));
      ++result.errors;
      continue;
    }
    for (const vir::AssertInfo& f : o.failed) {
      Diagnostic& d = ctx.diags.Report(DiagKind::VerificationFailure, f.range, MessageOf(f));
      d.related_message = vir::ObligationRelatedMessage(f.kind);
      if (f.has_related) {
        std::string where = vir::ObligationRelatedLocation(f.kind);
        if (f.kind == vir::Obligation::IsOlder) where = f.subject;
        d.notes.push_back(DiagNote{f.related, where});
      }
      for (const SourceRange& p : f.propositions) {
        d.notes.push_back(DiagNote{p, "this proposition could not be proved"});
      }
    }
    result.errors += o.failed.size();
    if (o.timed_out && o.out_of_resource) {
      ctx.diags.Report(
          DiagKind::VerificationOutOfResource, decls[i].decl->name_range,
          fmt::format("Verification of '{}' ran out of resources", decls[i].decl->name));
      ++result.out_of_resource;
    } else if (o.timed_out) {
      ctx.diags.Report(DiagKind::VerificationTimeout, decls[i].decl->name_range,
                       fmt::format("Verification of '{}' timed out after {} seconds. (the limit "
                                   "can be increased using --verification-time-limit)",
                                   decls[i].decl->name, ctx.options.verification_time_limit));
      ++result.timeouts;
    }
    if (o.has_obligations && o.failed.empty() && !o.timed_out) ++result.verified;
  }
  return result;
}

}  // namespace dfy
