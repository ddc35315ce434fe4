// `dfyc test`: a main() that runs the {:test} methods as `dafny test` does (runtime/include/
// dfy/test.h), in Dafny's order: module by module, the default module last; in a module, its
// module-level methods, then the static methods of its classes.
#include <fmt/format.h>

#include "backend/emitter.h"

namespace dfy::backend {

namespace {

bool IsTest(const Decl* d) {
  if (d->kind != DeclKind::Method) return false;
  for (const Attribute& a : d->attributes) {
    if (a.name == "test") return true;
  }
  return false;
}

}  // namespace

std::string Emitter::TestMain() {
  // With coverage, Dafny counts its test runner (a Main it makes up, at the program's first
  // declaration) as a method: its entry, and for a test with a failure-compatible result the
  // branches that find a failure or not.
  const auto& top = rp_.program.default_module->decls;
  SourceRange first = top.empty() ? SourceRange{} : top.front()->range;
  std::string entry = top.empty() ? "" : CoverageRecord(first, "entry to method _module.__Main");
  // The tests, grouped by module.
  std::vector<const ModuleDecl*> modules;
  std::map<const ModuleDecl*, std::vector<const Decl*>> tests;
  for (const Decl* d : rp_.decls()) {
    if (!IsTest(d) || !IsCompiled(d)) continue;
    const ModuleDecl* m = ModuleOf(d);
    if (!tests.count(m)) modules.push_back(m);
    tests[m].push_back(d);
  }
  std::stable_partition(modules.begin(), modules.end(),
                        [&](const ModuleDecl* m) { return m != rp_.program.default_module; });
  std::string body;
  for (const ModuleDecl* m : modules) {
    std::vector<const Decl*>& ts = tests[m];
    std::stable_partition(ts.begin(), ts.end(), [&](const Decl* d) {
      const Decl* owner = rp_.OwnerOf(d);
      return !owner || owner->kind == DeclKind::Module;
    });
    module_ = nullptr;  // names fully qualified
    for (const Decl* d : ts) {
      auto* md = static_cast<const MethodDecl*>(d);
      const Decl* owner = rp_.OwnerOf(d);
      bool member = owner && owner->kind != DeclKind::Module;
      // Dafny's name for the test: M.N.C.Name, without the default module.
      std::string name = d->name;
      if (member) name = owner->name + "." + name;
      if (m != rp_.program.default_module) {
        std::string path;
        for (const Decl* x = m; x && x != rp_.program.default_module; x = rp_.OwnerOf(x)) {
          path = x->name + (path.empty() ? "" : "." + path);
        }
        name = path + "." + name;
      }
      std::string callee =
          NamespaceOf(m) + "::" + (member ? DeclName(owner) + "::" : "") + DeclName(d);
      // A test with parameters is the driver's error, as in Dafny (CheckTestMethods). One of
      // an instance Dafny's C# calls as if static, which the C# compiler rejects.
      if (member && !md->is_static) {
        Unsupported(d->name_range, "{:test} methods of instances");
        continue;
      }
      // A failure-compatible first out (a datatype with IsFailure()) fails the test when it
      // is a failure, showing the value.
      const Var* out = nullptr;
      for (const Var* o : md->outs) {
        if (!rp_.IsGhost(o) && !out) out = o;
      }
      bool failure_compatible = false;
      if (out) {
        const Type* t = BaseOf(rp_.TypeOf(out));
        if (t && t->kind == TypeKind::UserDefined && t->decl &&
            t->decl->kind == DeclKind::Datatype) {
          for (const Decl* mem : static_cast<const DatatypeDecl*>(t->decl)->members) {
            failure_compatible = failure_compatible || mem->name == "IsFailure";
          }
        }
      }
      size_t outs = 0;
      for (const Var* o : md->outs) outs += !rp_.IsGhost(o);
      std::string call = callee + "()";
      if (failure_compatible && options_.coverage) {
        std::string result = outs > 1 ? "std::get<0>(" + call + ")" : call;
        std::string failed = CoverageRecord(first, "then branch");
        std::string passed = CoverageRecord(first, "else branch");
        body += fmt::format(
            "  passed = dfy::RunTest(\"{}\", [] {{\n    auto result = {};\n"
            "    if (result.IsFailure()) {{\n      {}\n"
            "      dfy::FailTest(dfy::PrintedText(result));\n    }}\n    {}\n"
            "  }}) && passed;\n",
            name, result, failed, passed);
      } else if (failure_compatible) {
        std::string result = outs > 1 ? "std::get<0>(" + call + ")" : call;
        body += fmt::format(
            "  passed = dfy::RunTest(\"{}\", [] {{\n    auto result = {};\n"
            "    if (result.IsFailure()) dfy::FailTest(dfy::PrintedText(result));\n"
            "  }}) && passed;\n",
            name, result);
      } else {
        body +=
            fmt::format("  passed = dfy::RunTest(\"{}\", [] {{ {}; }}) && passed;\n", name, call);
      }
    }
  }
  // Dafny halts at the program's first declaration.
  std::string where;
  if (!top.empty() && !check_only_) {
    const SourceFile& file = ctx_.sources.File(top.front()->range.file);
    LineCol pos = file.Position(top.front()->range.begin);
    where = fmt::format("{}({},{})", file.display_name(), pos.line, pos.column);
  }
  if (options_.coverage) {
    // The counts are written when every test passed (else the program halts first).
    return fmt::format(
        "int main() {{\n  dfy::InitOutput();\n  dfy::coverage::Setup({});\n  {}\n"
        "  bool passed = true;\n{}"
        "  dfy::FinishTests(passed, \"{}\");\n  dfy::coverage::TearDown();\n  return 0;\n}}\n",
        coverage_.size(), entry, body, where);
  }
  return fmt::format(
      "int main() {{\n  dfy::InitOutput();\n  bool passed = true;\n{}"
      "  dfy::FinishTests(passed, \"{}\");\n  return 0;\n}}\n",
      body, where);
}

}  // namespace dfy::backend
