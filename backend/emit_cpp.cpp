// EmitCpp and CheckCompileSubset: the emitter's driver, names and layout of the unit.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "backend/backend.h"
#include "backend/emitter.h"

namespace dfy {

namespace {

const std::set<std::string>& CppKeywords() {
  static const std::set<std::string> words = {
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break",
      "case", "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept",
      "const", "consteval", "constexpr", "constinit", "const_cast", "continue", "co_await",
      "co_return", "co_yield", "decltype", "default", "delete", "do", "double", "dynamic_cast",
      "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto",
      "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
      "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register",
      "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static",
      "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local",
      "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using",
      "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq", "main", "std", "dfy",
      // Macros of the C and C++ headers the runtime
      // includes: a Dafny name equal to one would be
      // replaced by the preprocessor.
      "INT8_MIN", "INT8_MAX", "UINT8_MAX", "INT16_MIN", "INT16_MAX", "UINT16_MAX", "INT32_MIN",
      "INT32_MAX", "UINT32_MAX", "INT64_MIN", "INT64_MAX", "UINT64_MAX", "SIZE_MAX", "INTPTR_MIN",
      "INTPTR_MAX", "UINTPTR_MAX", "PTRDIFF_MIN", "PTRDIFF_MAX", "CHAR_BIT", "CHAR_MIN", "CHAR_MAX",
      "INT_MIN", "INT_MAX", "UINT_MAX", "LONG_MIN", "LONG_MAX", "ULONG_MAX", "LLONG_MIN",
      "LLONG_MAX", "ULLONG_MAX", "SHRT_MIN", "SHRT_MAX", "USHRT_MAX", "SCHAR_MIN", "SCHAR_MAX",
      "UCHAR_MAX", "NULL", "EOF", "assert", "errno", "stdin", "stdout", "stderr", "EXIT_SUCCESS",
      "EXIT_FAILURE", "RAND_MAX"};
  return words;
}

}  // namespace

namespace backend {

void Emitter::Unsupported(SourceRange at, const std::string& what) {
  ++unsupported_;
  if (!check_only_) {
    // EmitCpp runs only after the gate passed; an unsupported construct here is a gate bug.
    Error(at, fmt::format("dfyc cannot compile {} yet", what));
    return;
  }
  // One report per construct kind and declaration keeps the output readable.
  std::string key = what + "@" + std::to_string(fresh_decl_);
  if (!reported_.insert(key).second) return;
  ctx_.diags.Report(DiagKind::Unsupported, at, fmt::format("dfyc cannot compile {} yet", what));
}

void Emitter::Error(SourceRange at, std::string msg) {
  if (check_only_) return;  // compile errors are EmitCpp's to report
  if (holding_errors_) {
    pending_errors_.push_back(PendingError{error_key_, at, std::move(msg)});
    return;
  }
  ctx_.diags.Report(DiagKind::CompileError, at, std::move(msg));
}

std::map<const Decl*, size_t> Emitter::ModuleRanks() const {
  std::map<const Decl*, std::vector<const Decl*>> children;
  for (const Decl* d : rp_.decls()) {
    if (d->kind == DeclKind::Module && rp_.OwnerOf(d)) children[rp_.OwnerOf(d)].push_back(d);
  }
  auto child = [&](const Decl* m, std::string_view name) -> const Decl* {
    auto it = children.find(m);
    if (it == children.end()) return nullptr;
    for (const Decl* c : it->second) {
      if (c->name == name) return c;
    }
    return nullptr;
  };
  // An import's or refinement's target (`A.B`), looked up from `from` outwards.
  auto lookup = [&](const Decl* from, const std::string& target) -> const Decl* {
    size_t dot = target.find('.');
    std::string first = target.substr(0, dot);
    const Decl* m = nullptr;
    for (const Decl* p = from; p && !m; p = rp_.OwnerOf(p)) m = child(p, first);
    while (m && dot != std::string::npos) {
      size_t next = target.find('.', dot + 1);
      m = child(m, target.substr(dot + 1, next == std::string::npos ? next : next - dot - 1));
      dot = next;
    }
    return m;
  };
  std::map<const Decl*, size_t> rank;
  std::set<const Decl*> visiting;
  std::function<void(const Decl*)> visit = [&](const Decl* m) {
    if (!m || rank.count(m) || !visiting.insert(m).second) return;
    auto* md = static_cast<const ModuleDecl*>(m);
    if (!md->refines.empty()) visit(lookup(rp_.OwnerOf(m), md->refines));
    for (const Decl* x : md->decls) {
      if (x->kind == DeclKind::Import) visit(lookup(m, static_cast<const ImportDecl*>(x)->target));
    }
    if (auto it = children.find(m); it != children.end()) {
      for (const Decl* c : it->second) visit(c);
    }
    rank.emplace(m, rank.size());
  };
  visit(rp_.program.default_module);
  return rank;
}

const ModuleDecl* Emitter::ModuleOf(const Decl* d) const {
  while (d && d->kind != DeclKind::Module) d = rp_.OwnerOf(d);
  return static_cast<const ModuleDecl*>(d);
}

std::string Emitter::NamespaceOf(const ModuleDecl* m) const {
  if (!m || m == rp_.program.default_module) return "default_module";
  std::vector<std::string> parts;
  for (const Decl* d = m; d && d != rp_.program.default_module; d = rp_.OwnerOf(d)) {
    if (std::optional<std::string> ext = ExternName(d); ext && !ext->empty()) {
      // module {:extern "a.b"} M: namespace a::b, whatever encloses M.
      std::string ns;
      for (char c : *ext) ns += c == '.' ? std::string("::") : std::string(1, c);
      parts.insert(parts.begin(), ns);
      break;
    }
    std::string name = d->name;
    std::string cpp;
    size_t start = 0;
    // module A.B { } declares B inside A.
    while (true) {
      size_t dot = name.find('.', start);
      std::string part = name.substr(start, dot == std::string::npos ? dot : dot - start);
      cpp += (cpp.empty() ? "" : "::") + CppName(part);
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    parts.insert(parts.begin(), cpp);
  }
  return Join(parts, "::");
}

std::string Emitter::DafnyFullName(const Decl* d) const {
  std::string name = d->name;
  // A method or function of a module belongs to its `_default` class; a constructor without
  // a name is `_ctor`.
  if (name.empty() && d->kind == DeclKind::Method) name = "_ctor";
  const Decl* owner = rp_.OwnerOf(d);
  if (owner && owner->kind == DeclKind::Module &&
      (d->kind == DeclKind::Method || d->kind == DeclKind::Function)) {
    name = "_default." + name;
  }
  bool in_named_module = false;
  for (const Decl* o = owner; o && o != rp_.program.default_module; o = rp_.OwnerOf(o)) {
    name = o->name + "." + name;
    in_named_module |= o->kind == DeclKind::Module;
  }
  return in_named_module ? name : "_module." + name;
}

std::string Emitter::QualifiedName(const Decl* d) {
  const ModuleDecl* m = ModuleOf(d);
  // A local of the same name (`var max := max(a, b);`) hides the declaration in C++.
  if (declared_.count(DeclName(d))) return "::" + NamespaceOf(m) + "::" + DeclName(d);
  if (m == module_) return DeclName(d);
  return NamespaceOf(m) + "::" + DeclName(d);
}

std::string Emitter::CallName(const Decl* d) {
  // A module-level function named in a call: argument-dependent lookup also searches the
  // namespaces of the arguments' types, where another module's function of the same name and
  // parameters would make the call ambiguous (FailWith<R>(msg, level) of
  // Std.Parsers.StringBuilders, whose level is a type of StringParsers, which has a FailWith).
  if (shared_callable_names_.count(DeclName(d))) {
    return "::" + NamespaceOf(ModuleOf(d)) + "::" + DeclName(d);
  }
  return QualifiedName(d);
}

std::string Emitter::Join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

std::string Emitter::Fresh(const std::string& base) { return fmt::format("_{}{}", base, fresh_++); }

std::string Emitter::DeclareLocal(const Var* v) {
  std::string name = CppName(v->name);
  if (declared_.insert(name).second) return name;
  for (int k = 1;; ++k) {
    std::string alt = fmt::format("{}_{}", name, k);
    if (declared_.insert(alt).second) {
      var_alias_[v] = alt;
      return alt;
    }
  }
}

void Emitter::Line(const std::string& s) { out_ += Indent() + s + "\n"; }

namespace {

void Add(std::vector<Piece>& pieces, const std::string& ns, std::string text, bool library) {
  if (text.empty()) return;
  if (!pieces.empty() && pieces.back().ns == ns && pieces.back().library == library) {
    pieces.back().text += text;
  } else {
    pieces.push_back({ns, std::move(text), library});
  }
}

// `section` names the guards of library pieces: DFYC_LIB_<namespace>_<section>.
std::string Render(const std::vector<Piece>& pieces, const std::string& section) {
  std::string out;
  std::map<std::string, int> guards;
  for (const Piece& p : pieces) {
    std::string text =
        fmt::format("namespace {} {{\n\n{}\n}}  // namespace {}\n\n", p.ns, p.text, p.ns);
    if (p.library) {
      std::string guard = "DFYC_LIB_" + p.ns + "_" + section;
      for (char& c : guard) c = std::isalnum(static_cast<unsigned char>(c)) ? std::toupper(c) : '_';
      if (int n = ++guards[guard]; n > 1) guard += fmt::format("_{}", n);
      text = fmt::format("#ifndef {0}\n#define {0}\n{1}#endif  // {0}\n\n", guard, text);
    }
    out += text;
  }
  return out;
}

}  // namespace

// A mark is "\x02" + the index in marked_ + "\x03": emitted C++ has no other control
// characters (string literals escape them).
std::string Emitter::UnusedMark(const Var* v) {
  marked_.push_back(v);
  return fmt::format("\x02{}\x03", marked_.size() - 1);
}

std::string Emitter::AssignTarget(const dfy::Expr* lhs) {
  const dfy::Expr* l = lhs;
  while (l->kind == ExprKind::Paren) l = static_cast<const ParenExpr*>(l)->inner;
  if (l->kind != ExprKind::Name) return Expr(lhs);
  writing_ = true;
  std::string out = Expr(l);
  writing_ = false;
  return out;
}

void Emitter::AddPiece(std::vector<Piece>& pieces, std::string text) {
  std::string resolved;
  size_t at = 0;
  for (size_t mark = text.find('\x02'); mark != std::string::npos; mark = text.find('\x02', at)) {
    size_t end = text.find('\x03', mark);
    size_t index = std::stoul(text.substr(mark + 1, end - mark - 1));
    resolved.append(text, at, mark - at);
    if (!read_.count(marked_.at(index))) resolved += "[[maybe_unused]] ";
    at = end + 1;
  }
  if (at > 0) {
    resolved.append(text, at, std::string::npos);
    text = std::move(resolved);
  }
  bool library = InLibrary();
  Add(library && &pieces == &source_defs_ ? header_defs_ : pieces, NamespaceOf(module_),
      std::move(text), library);
}

bool Emitter::InLibrary() const {
  return module_ && module_ != rp_.program.default_module &&
         ctx_.sources.File(module_->range.file).library();
}

std::vector<const Decl*> Emitter::ParentTraits(const Decl* c) const {
  // The resolver's parents (the traits named in the extends clause, not `object`).
  std::vector<const Decl*> out;
  for (const Type* p : rp_.ParentsOf(c)) {
    if (p->decl && p->decl->kind == DeclKind::Trait) out.push_back(p->decl);
  }
  return out;
}

bool Emitter::IsCompiled(const Decl* d) const {
  if (d->ghost) return false;
  if (d->kind == DeclKind::Method) {
    auto f = static_cast<const MethodDecl*>(d)->flavor;
    return f == MethodFlavor::Method || f == MethodFlavor::Constructor;
  }
  if (d->kind == DeclKind::Function) {
    auto* f = static_cast<const FunctionDecl*>(d);
    return f->flavor == FunctionFlavor::Function || f->flavor == FunctionFlavor::Predicate;
  }
  return true;
}

CppUnit Emitter::Run(const std::string& stem) {
  CollectStubbed();
  // Names of module-level methods and functions that two modules declare: a call of one is
  // qualified (CallName), as argument-dependent lookup would find the other.
  std::map<std::string, std::set<const Decl*>> modules_of;
  for (const Decl* d : rp_.callables()) {
    const Decl* owner = rp_.OwnerOf(d);
    if (owner && owner->kind == DeclKind::Module) modules_of[DeclName(d)].insert(owner);
  }
  for (const auto& [name, modules] : modules_of) {
    if (modules.size() > 1) shared_callable_names_.insert(name);
  }
  // Types first (datatypes, then traits in extends order, then classes), then the rest.
  std::vector<const Decl*> datatypes, traits, classes, others;
  for (const Decl* d : rp_.decls()) {
    const Decl* owner = rp_.OwnerOf(d);
    if (!owner || owner->kind != DeclKind::Module) continue;
    // The purpose of an abstract module is to skip compilation (Dafny's words): its
    // declarations, and those of the modules inside it, are not compiled.
    bool in_abstract = false;
    for (const Decl* m = owner; m; m = rp_.OwnerOf(m)) in_abstract |= m->is_abstract;
    if (in_abstract) continue;
    switch (d->kind) {
      case DeclKind::Datatype:
        datatypes.push_back(d);
        break;
      case DeclKind::Trait:
        traits.push_back(d);
        break;
      case DeclKind::Class:
        classes.push_back(d);
        break;
      default:
        others.push_back(d);
    }
  }
  // A trait after the traits it extends.
  std::vector<const Decl*> ordered;
  std::set<const Decl*> placed;
  std::function<void(const Decl*)> place = [&](const Decl* t) {
    if (!placed.insert(t).second) return;
    for (const Decl* other : ParentTraits(t)) place(other);
    ordered.push_back(t);
  };
  for (const Decl* t : traits) place(t);
  std::map<const Decl*, size_t> module_rank = ModuleRanks();
  std::map<const Decl*, size_t> position;
  for (const Decl* d : rp_.decls()) position.emplace(d, position.size());
  holding_errors_ = true;
  auto emit = [&](const Decl* d) {
    auto rank = module_rank.find(ModuleOf(d));
    bool default_class = d->kind == DeclKind::Method || d->kind == DeclKind::Function ||
                         d->kind == DeclKind::Const || d->kind == DeclKind::Field;
    error_key_ = {rank == module_rank.end() ? module_rank.size() : rank->second,
                  default_class ? 0 : 1, position[d]};
    EmitModuleMembers(d);
  };
  for (const Decl* d : datatypes) emit(d);
  for (const Decl* d : ordered) emit(d);
  for (const Decl* d : classes) emit(d);
  for (const Decl* d : others) emit(d);
  holding_errors_ = false;
  std::stable_sort(pending_errors_.begin(), pending_errors_.end(),
                   [](const PendingError& a, const PendingError& b) { return a.key < b.key; });
  for (PendingError& e : pending_errors_) {
    ctx_.diags.Report(DiagKind::CompileError, e.at, std::move(e.message));
  }
  pending_errors_.clear();

  CppUnit unit;
  unit.header_name = stem + ".h";
  unit.source_name = stem + ".cpp";
  unit.has_main = has_main_;
  if (check_only_) return unit;
  std::string guard = "DFYC_" + CppName(stem) + "_H";
  for (char& c : guard) c = std::isalnum(static_cast<unsigned char>(c)) ? std::toupper(c) : '_';
  auto RuntimeExternIncludes = [&] {
    std::string text = options_.coverage ? "#include \"dfy/coverage.h\"\n" : "";
    // The hooks of {:synthesize} stubs of generic functions return std::optional.
    if (!generic_stubs_.empty()) text += "#include <optional>\n";
    for (const std::string& h : runtime_externs_) text += "#include \"" + h + "\"\n";
    return text;
  };
  std::string externs;
  if (!options_.extern_headers.empty()) {
    externs = "// The user's C++ for the {:extern} classes and types.\n";
    for (const std::string& h : options_.extern_headers) externs += "#include \"" + h + "\"\n";
    externs += "\n";
  }
  unit.header = fmt::format(
      "// Generated by dfyc from Dafny sources. Do not edit.\n#ifndef {0}\n#define {0}\n\n"
      "#include \"dfy/runtime.h\"\n{9}\n{1}{8}{10}{2}{3}{4}{5}{6}{7}#endif  // {0}\n",
      guard, Render(forward_, "FORWARD"), Render(handles_, "HANDLES"), hashes_,
      Render(types_, "TYPES"), Render(reps_, "REPS"), Render(decls_, "DECLS"),
      Render(header_defs_, "DEFS"), externs, RuntimeExternIncludes(),
      Render(witnesses_, "WITNESSES"));
  unit.source =
      fmt::format("// Generated by dfyc from Dafny sources. Do not edit.\n#include \"{}\"\n\n{}",
                  unit.header_name, Render(source_defs_, "SOURCE"));
  if (options_.test_main) {
    unit.source += TestMain();
    unit.has_main = true;
  } else if (has_main_) {
    // With coverage, the counts are written when Main returns (not when it halts).
    std::string setup, teardown;
    if (options_.coverage) {
      setup = fmt::format("  dfy::coverage::Setup({});\n", coverage_.size());
      teardown = "  dfy::coverage::TearDown();\n";
    }
    unit.source +=
        main_takes_args_
            ? fmt::format(
                  "int main(int argc, char** argv) {{\n  dfy::InitOutput();\n{}"
                  "  {}(dfy::MainArgs(argc, argv));\n{}  return 0;\n}}\n",
                  setup, main_name_, teardown)
            : fmt::format("int main() {{\n  dfy::InitOutput();\n{}  {}();\n{}  return 0;\n}}\n",
                          setup, main_name_, teardown);
  }
  unit.coverage = coverage_;
  return unit;
}

}  // namespace backend

std::string CppName(const std::string& dafny_name) {
  std::string out;
  for (char c : dafny_name) {
    if (c == '\'') {
      out += "_k";
    } else if (c == '?') {
      out += "_q";
    } else {
      out += c;
    }
  }
  // (`Rep` is also the node struct of every generated datatype.)
  if (CppKeywords().count(out) || out == "Rep") out += "_";
  // A destructor may be named by a number (`C(0: int)`): `u_0`.
  if (!out.empty() && out[0] >= '0' && out[0] <= '9') out = "_" + out;
  // Names the emitter gives to its own helpers in generated classes.
  if (out.starts_with("_")) out = "u" + out;
  return out;
}

CppUnit EmitCpp(const ResolvedProgram& program, Context& ctx, const std::string& stem,
                const EmitOptions& options) {
  return backend::Emitter(program, ctx, false, options).Run(stem);
}

}  // namespace dfy
