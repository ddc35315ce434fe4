// Method synthesis ({:synthesize}): a body-less method whose out-parameters are fresh objects
// of classes, and whose postconditions say what the objects' functions return. Dafny's C#
// compiles it into Moq setups (backend/README.md, "Method synthesis"); dfyc emits, per
// out-parameter, a subclass `Synthesized_M_o` of its class that overrides each stubbed
// function: the override scans the function's setups from the last one, Moq's order, and
// returns the value of the first whose arguments match, or calls the class's own function when
// none does (Moq's CallBase), or, for a trait (Moq's MockBehavior.Strict), halts; of a trait,
// every other instance member halts too. A stubbed function is `virtual` in its class. The forms of
// postcondition, conjoined with &&, are Dafny's: `fresh(o)`, `o.F(args) == E`,
// `forall x, y :: P ==> o.F(args) == E` (an argument is a bound variable, which P restricts,
// or an expression, evaluated when the object is made and matched by value) and `o.f == E`,
// which sets the field when the object is made (Moq's getter would keep returning E after the
// program assigns the field; a C++ field cannot be overridden).
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <utility>

#include "backend/emitter.h"
#include "frontend/ast_visit.h"

namespace dfy::backend {

namespace {

bool IsStaticMember(const Decl* d) {
  if (d->kind == DeclKind::Method) return static_cast<const MethodDecl*>(d)->is_static;
  return d->kind == DeclKind::Function && static_cast<const FunctionDecl*>(d)->is_static;
}

const dfy::Expr* StripParens(const dfy::Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  return e;
}

}  // namespace

// Dafny's compiler warnings about a synthesized object: shown after translation.
void Emitter::Warning(SourceRange at, std::string msg) {
  if (check_only_) return;
  ctx_.diags.Report(DiagKind::ResolutionWarning, at, std::move(msg));
}

bool Emitter::IsSynthesized(const Decl* d) const {
  return d->kind == DeclKind::Method && !static_cast<const MethodDecl*>(d)->body &&
         HasAttribute(d->attributes, "synthesize");
}

// The out-parameter `o` of m that e names, or null.
const Var* Emitter::SynthesizedObject(const MethodDecl* m, const dfy::Expr* e) const {
  e = StripParens(e);
  if (!e || e->kind != ExprKind::Name) return nullptr;
  const Var* v = rp_.BindingOf(e).var;
  for (const Var* o : m->outs) {
    if (o == v) return o;
  }
  return nullptr;
}

// The function `o.F` that a stub `o.F(args) == E` stubs, or null.
const FunctionDecl* Emitter::StubbedFunction(const MethodDecl* m, const dfy::Expr* lhs) const {
  lhs = StripParens(lhs);
  if (!lhs || lhs->kind != ExprKind::Call) return nullptr;
  auto* call = static_cast<const dfy::CallExpr*>(lhs);
  const dfy::Expr* callee = StripParens(call->callee);
  if (!callee || callee->kind != ExprKind::Select) return nullptr;
  if (!SynthesizedObject(m, static_cast<const dfy::SelectExpr*>(callee)->object)) return nullptr;
  return rp_.CalleeOf(call).function;
}

// The compiled instance functions and methods of a class or trait and of the traits it
// extends, the class's own first.
std::vector<const Decl*> Emitter::SynthesizedMembersInOrder(const ClassDecl* c) {
  std::vector<const Decl*> out;
  std::set<const Decl*> seen;
  std::function<void(const Decl*)> add = [&](const Decl* t) {
    if (!seen.insert(t).second) return;
    for (const Decl* d : static_cast<const ClassDecl*>(t)->members) {
      if ((d->kind == DeclKind::Function || d->kind == DeclKind::Method) && IsCompiled(d) &&
          !IsStaticMember(d) &&
          !(d->kind == DeclKind::Method &&
            static_cast<const MethodDecl*>(d)->flavor == MethodFlavor::Constructor)) {
        out.push_back(d);
      }
    }
    for (const Decl* p : ParentTraits(t)) add(p);
  };
  add(c);
  return out;
}

std::set<const Decl*> Emitter::SynthesizedMembers(const ClassDecl* c) {
  std::vector<const Decl*> v = SynthesizedMembersInOrder(c);
  return {v.begin(), v.end()};
}

void Emitter::CollectStubbed() {
  for (const Decl* d : rp_.callables()) {
    if (!IsSynthesized(d)) continue;
    auto* m = static_cast<const MethodDecl*>(d);
    std::function<void(const dfy::Expr*)> walk = [&](const dfy::Expr* e) {
      e = StripParens(e);
      if (!e) return;
      if (e->kind == ExprKind::Quantifier) {
        walk(static_cast<const QuantifierExpr*>(e)->body);
      } else if (e->kind == ExprKind::Binary) {
        auto* b = static_cast<const BinaryExpr*>(e);
        if (b->op == BinaryOp::And || b->op == BinaryOp::Implies) {
          walk(b->op == BinaryOp::And ? b->lhs : nullptr);
          walk(b->rhs);
        } else if (b->op == BinaryOp::Eq) {
          // Made virtual in its class (a static one is reported by the stub); a generic one
          // gets a virtual hook per instantiation stubbed.
          const FunctionDecl* f = StubbedFunction(m, b->lhs);
          if (f && !f->is_static && f->type_params.empty()) stubbed_.insert(f);
          if (f && !f->is_static && !f->type_params.empty()) {
            auto* call = static_cast<const dfy::CallExpr*>(StripParens(b->lhs));
            GenericStubIndex(f, rp_.CalleeOf(call).type_args);
          }
        }
      }
    };
    for (const Spec& s : m->ensures) walk(s.expr);
    // A trait's object is strict: every generic member gets the hook through which the
    // synthesized subclass halts when no stub answers.
    for (const Var* o : m->outs) {
      const Type* t = rp_.IsGhost(o) ? nullptr : BaseOf(rp_.TypeOf(o));
      if (!t || t->kind != TypeKind::UserDefined || !t->decl || t->decl->kind != DeclKind::Trait) {
        continue;
      }
      for (const Decl* d : SynthesizedMembersInOrder(static_cast<const ClassDecl*>(t->decl))) {
        const std::vector<TypeParam>* tps = TypeParamsOf(d);
        if (tps && !tps->empty()) strict_generic_.insert(d);
      }
    }
  }
}

int Emitter::GenericStubIndex(const FunctionDecl* f, const std::vector<const Type*>& type_args) {
  std::vector<std::string> cpp;
  for (const Type* t : type_args) cpp.push_back(CppType(t, f->name_range));
  if (cpp.size() != f->type_params.size()) return -1;
  std::vector<std::vector<std::string>>& known = generic_stubs_[f];
  auto it = std::find(known.begin(), known.end(), cpp);
  if (it != known.end()) return static_cast<int>(it - known.begin());
  known.push_back(cpp);
  return static_cast<int>(known.size()) - 1;
}

// With f's type parameters standing for the C++ types of its stubbed instantiation k.
void Emitter::WithStubTypes(const FunctionDecl* f, size_t k, const std::function<void()>& write) {
  std::map<std::string, std::string> saved = type_alias_;
  const std::vector<std::string>& args = generic_stubs_.at(f).at(k);
  for (size_t i = 0; i < f->type_params.size() && i < args.size(); ++i) {
    type_alias_[f->type_params[i].name] = args[i];
  }
  write();
  type_alias_ = saved;
}

// The parameter types and result of the hook of f's instantiation k.
Emitter::StubHook Emitter::HookOf(const FunctionDecl* f, size_t k) {
  StubHook h;
  h.name = DeclName(f) + "_stub" + std::to_string(k);
  WithStubTypes(f, k, [&] {
    for (const Var* p : f->params) {
      if (rp_.IsGhost(p)) continue;
      h.types.push_back(ParamType(rp_.TypeOf(p), p->range));
      h.names.push_back(CppName(p->name));
    }
    h.result = ResultType(f);
  });
  return h;
}

std::string Emitter::GenericStubHooks(const FunctionDecl* f) {
  auto it = generic_stubs_.find(f);
  if (it == generic_stubs_.end()) return "";
  std::string out;
  for (size_t k = 0; k < it->second.size(); ++k) {
    StubHook h = HookOf(f, k);
    out += fmt::format(
        "  // {{:synthesize}}: {}<{}> asks this first; a synthesized object's stubs override "
        "it.\n  virtual std::optional<{}> {}({}) {{ return std::nullopt; }}\n",
        DeclName(f), Join(it->second[k]), h.result, h.name, Join(h.types));
  }
  return out;
}

std::string Emitter::UnstubbedHook(const Decl* d) {
  if (!strict_generic_.count(d)) return "";
  return fmt::format(
      "  // {{:synthesize}}: a synthesized object of this trait halts here when no stub "
      "answers.\n  virtual void {}_unstubbed() {{}}\n",
      DeclName(d));
}

void Emitter::EmitGenericStubChecks(const Decl* d) {
  auto it = generic_stubs_.find(d);
  if (it == generic_stubs_.end()) {
    if (strict_generic_.count(d)) Line(DeclName(d) + "_unstubbed();");
    return;
  }
  auto* f = static_cast<const FunctionDecl*>(d);
  for (size_t k = 0; k < it->second.size(); ++k) {
    StubHook h = HookOf(f, k);
    std::vector<std::string> same;
    for (size_t i = 0; i < f->type_params.size(); ++i) {
      same.push_back(
          fmt::format("std::is_same_v<{}, {}>", CppName(f->type_params[i].name), it->second[k][i]));
    }
    Line(fmt::format("if constexpr ({}) {{", Join(same, " && ")));
    Line(fmt::format("  if (auto stubbed = {}({})) return *stubbed;", h.name, Join(h.names)));
    Line("}");
  }
  if (strict_generic_.count(d)) Line(DeclName(d) + "_unstubbed();");
}

void Emitter::EmitSynthesizedBody(const MethodDecl* m) {
  const std::string method = DeclName(m);
  // Dafny synthesizes static methods (and those of modules) with out-parameters only.
  bool instance = rp_.OwnerOf(m) && rp_.OwnerOf(m)->kind != DeclKind::Module && !m->is_static;
  if (instance || m->outs.empty()) {
    Error(m->name_range, fmt::format("Method {} is annotated with :synthesize but is not static, "
                                     "has a body, or does not return anything",
                                     DafnyFullName(m)));
    return;
  }
  // Of a generic method (`MakeCell<T>(x: T) returns (c: Cell<T>)`), the subclasses are
  // templates over its type parameters, instantiated with them in its body.
  const std::string templ = TemplateHeader(m->type_params);
  const std::string templ_args = TemplateArgsOf(m->type_params);
  // Per out-parameter: its class and the subclass that stubs it.
  struct Synth {
    const Var* out = nullptr;
    const ClassDecl* cls = nullptr;
    std::string sub;
    std::string object;                          // the local that points to it as a `sub`
    std::vector<const FunctionDecl*> functions;  // stubbed, in first-stub order
    // Stubbed instantiations of generic functions (their hooks, GenericStubHooks).
    std::vector<std::pair<const FunctionDecl*, size_t>> hooks;
    std::string base;  // the class, with its type arguments
    // Of a generic class (and the traits above it), each type parameter's C++ type argument,
    // per declaring class or trait: the members' signatures are written with them.
    std::map<const Decl*, std::map<std::string, std::string>> types;
  };
  std::vector<Synth> synths;
  for (const Var* o : m->outs) {
    if (rp_.IsGhost(o)) continue;
    const Type* t = BaseOf(rp_.TypeOf(o));
    if (!t || t->kind != TypeKind::UserDefined || !t->decl ||
        (t->decl->kind != DeclKind::Class && t->decl->kind != DeclKind::Trait)) {
      Unsupported(o->range,
                  "{:synthesize} out-parameters other than objects of classes and traits");
      return;
    }
    Synth synth;
    synth.out = o;
    synth.cls = static_cast<const ClassDecl*>(t->decl);
    synth.sub = "Synthesized_" + method + "_" + CppName(o->name);
    // The type arguments of the class (`C<int>`), then, in its terms, of each trait above it.
    std::function<void(const Decl*, const std::vector<const Type*>&)> bind =
        [&](const Decl* c, const std::vector<const Type*>& args) {
          auto& params = static_cast<const ClassDecl*>(c)->type_params;
          if (synth.types.count(c)) return;
          std::map<std::string, std::string> own;
          for (size_t i = 0; i < params.size() && i < args.size(); ++i) {
            own[params[i].name] = CppType(args[i], o->range);
          }
          synth.types[c] = own;
          for (const Type* parent : rp_.ParentsOf(c)) {
            if (!parent->decl) continue;
            std::map<std::string, std::string> saved = std::exchange(type_alias_, own);
            bind(parent->decl, parent->args);
            type_alias_ = saved;
          }
        };
    bind(t->decl, t->args);
    synth.base = QualifiedName(t->decl) + TypeArgs(t->args, o->range);
    synths.push_back(std::move(synth));
  }
  // Writes `f` as the member of s's class (with its type arguments).
  auto with_types = [&](const Synth& s, const Decl* member, auto&& write) {
    std::map<std::string, std::string> saved = type_alias_;
    auto it = s.types.find(rp_.OwnerOf(member));
    if (it != s.types.end()) type_alias_ = it->second;
    write();
    type_alias_ = saved;
  };
  auto synth_of = [&](const Var* o) -> Synth* {
    for (Synth& s : synths) {
      if (s.out == o) return &s;
    }
    return nullptr;
  };
  // The objects first, so that every stub can refer to each of them.
  for (Synth& s : synths) {
    s.object = Fresh("synthesized");
    Line(fmt::format("auto* {} = dfy::New<{}{}>();", s.object, s.sub, templ_args));
    Line(fmt::format("{} {} = {};", CppType(rp_.TypeOf(s.out), s.out->range), CppName(s.out->name),
                     s.object));
    declared_.insert(CppName(s.out->name));
  }
  // One setup per stub, in the order of the postconditions.
  std::function<void(const dfy::Expr*, const QuantifierExpr*)> stub = [&](const dfy::Expr* e,
                                                                          const QuantifierExpr* q) {
    e = StripParens(e);
    auto unsupported = [&] {
      Unsupported(e->tok,
                  "{:synthesize} postconditions other than fresh(o), o.F(args) == E, "
                  "o.f == E and forall x :: P ==> o.F(x) == E");
    };
    if (e->kind == ExprKind::Fresh && !q) return;
    if (e->kind == ExprKind::Quantifier && !q) {
      auto* fq = static_cast<const QuantifierExpr*>(e);
      if (!fq->is_forall) return unsupported();
      return stub(fq->body, fq);
    }
    if (e->kind != ExprKind::Binary) return unsupported();
    auto* b = static_cast<const BinaryExpr*>(e);
    if (b->op == BinaryOp::And && !q) {
      stub(b->lhs, nullptr);
      stub(b->rhs, nullptr);
      return;
    }
    const dfy::Expr* antecedent = nullptr;
    if (b->op == BinaryOp::Implies && q) {
      antecedent = b->lhs;
      const dfy::Expr* rhs = StripParens(b->rhs);
      if (rhs->kind != ExprKind::Binary) return unsupported();
      b = static_cast<const BinaryExpr*>(rhs);
    }
    if (b->op != BinaryOp::Eq) return unsupported();
    const dfy::Expr* lhs = StripParens(b->lhs);
    if (lhs->kind == ExprKind::Select && !q) {
      // o.f == E: the field's value in the new object.
      auto* sel = static_cast<const dfy::SelectExpr*>(lhs);
      const Var* o = SynthesizedObject(m, sel->object);
      const Decl* field = rp_.BindingOf(lhs).member;
      if (!o || !field || field->kind != DeclKind::Field) return unsupported();
      Warning(m->name_range, fmt::format("Stubbing fields is not recommended (field {} of object "
                                         "{} inside method {})",
                                         field->name, o->name, m->name));
      Line(fmt::format("{}->{} = {};", synth_of(o)->object, CppName(field->name),
                       ExprAs(b->rhs, rp_.MemberType(field))));
      return;
    }
    const FunctionDecl* f = StubbedFunction(m, lhs);
    if (!f) return unsupported();
    auto* call = static_cast<const dfy::CallExpr*>(lhs);
    auto* sel = static_cast<const dfy::SelectExpr*>(StripParens(call->callee));
    Synth* s = synth_of(SynthesizedObject(m, sel->object));
    if (!s) return unsupported();
    if (f->is_static) {
      // Dafny's C# writes the setup `mock.Setup(o => o.F(..))`, which C# rejects for a static
      // F (CS0176: a static member through an instance); Moq could not stub it either.
      Error(sel->tok, fmt::format("{{:synthesize}} method {} cannot stub the static function "
                                  "{}: only instance functions of a synthesized object can be "
                                  "stubbed",
                                  m->name, DafnyFullName(f)));
      return;
    }
    if (!SynthesizedMembers(s->cls).count(f) || call->args.size() != f->params.size()) {
      return unsupported();
    }
    // A generic function: the stub is of the instantiation the call names (Moq's setup
    // `o.F(..)` infers F's type arguments; a call of another instantiation runs F itself).
    int instance = -1;
    if (!f->type_params.empty()) {
      instance = GenericStubIndex(f, rp_.CalleeOf(call).type_args);
      if (instance < 0) return unsupported();
    }
    std::map<std::string, std::string> saved_types = type_alias_;
    {
      auto it = s->types.find(rp_.OwnerOf(f));
      if (it != s->types.end()) type_alias_ = it->second;
    }
    if (instance >= 0) {
      const std::vector<std::string>& args = generic_stubs_.at(f).at(instance);
      for (size_t i = 0; i < f->type_params.size(); ++i) {
        type_alias_[f->type_params[i].name] = args[i];
      }
    }
    if (!f->ensures.empty()) {
      Warning(m->name_range, fmt::format("Post-conditions on function {} might be unsatisfied "
                                         "when synthesizing code for method {}",
                                         DeclName(f), m->name));
    }
    std::string setups = DeclName(f);
    if (instance >= 0) {
      std::pair<const FunctionDecl*, size_t> hook(f, instance);
      setups = HookOf(f, instance).name;
      if (std::find(s->hooks.begin(), s->hooks.end(), hook) == s->hooks.end()) {
        s->hooks.push_back(hook);
      }
    } else if (std::find(s->functions.begin(), s->functions.end(), f) == s->functions.end()) {
      s->functions.push_back(f);
    }
    // The setup's parameters: a bound variable's name, or a value to match.
    std::vector<std::string> params, tests;
    std::set<const Var*> bound;
    for (size_t i = 0; i < call->args.size(); ++i) {
      const Var* p = f->params[i];
      if (rp_.IsGhost(p)) continue;
      const dfy::Expr* a = StripParens(call->args[i]);
      std::string type = ParamType(rp_.TypeOf(p), p->range);
      const Var* v = a->kind == ExprKind::Name ? rp_.BindingOf(a).var : nullptr;
      bool is_bound = false;
      for (size_t j = 0; q && j < q->domain.vars.size(); ++j) {
        is_bound = is_bound || q->domain.vars[j].var == v;
      }
      if (is_bound && bound.insert(v).second) {
        params.push_back("[[maybe_unused]] " + type + " " + DeclareLocal(v));
        continue;
      }
      // Any other argument is a value computed when the object is made: one that names a
      // bound variable (`o.F(x, x)`, `o.F(x + 1)`) has none then.
      std::function<bool(const dfy::Expr*)> names_bound = [&](const dfy::Expr* x) {
        if (x->kind == ExprKind::Name && q) {
          for (const BoundVar& bv : q->domain.vars) {
            if (bv.var == rp_.BindingOf(x).var) return true;
          }
        }
        bool found = false;
        ForEachSubExpr(x, [&](const dfy::Expr* sub) { found = found || names_bound(sub); });
        return found;
      };
      if (names_bound(a)) {
        type_alias_ = saved_types;
        return unsupported();
      }
      std::string value = Fresh("arg");
      Line(fmt::format("auto {} = {};", value, ExprAs(a, rp_.TypeOf(p))));
      std::string name = Fresh("a");
      params.push_back("[[maybe_unused]] " + type + " " + name);
      tests.push_back(name + " == " + value);
    }
    if (q && bound.size() != q->domain.vars.size()) {
      // A bound variable that is not an argument of its own: Moq's matcher never sees it.
      type_alias_ = saved_types;
      return unsupported();
    }
    for (const BoundVar& bv : q ? q->domain.vars : std::vector<BoundVar>{}) {
      if (bv.range) tests.push_back(Expr(bv.range));
    }
    if (antecedent) tests.push_back(Expr(antecedent));
    std::string matches = tests.empty() ? "true" : Join(tests, " && ");
    Line(fmt::format("{}->{}_setups.emplace_back(", s->object, setups));
    Line(fmt::format("    [=]({}) -> bool {{ return {}; }},", Join(params), matches));
    std::string result = ResultType(f);
    std::string value = ExprAs(b->rhs, rp_.ResultType(f));
    type_alias_ = saved_types;
    Line(fmt::format("    [=]({}) -> {} {{ return {}; }});", Join(params), result, value));
  };
  for (const Spec& s : m->ensures) stub(s.expr, nullptr);
  Line(ReturnOuts());
  // The subclasses, defined before the method.
  for (const Synth& s : synths) {
    const std::string& base = s.base;
    // Of a trait, as Moq's MockBehavior.Strict: a call that no setup matches fails.
    bool strict = s.cls->kind == DeclKind::Trait;
    std::string fail;
    if (strict) {
      const SourceFile& file = ctx_.sources.File(m->name_range.file);
      LineCol pos = file.Position(m->name_range.begin);
      fail = fmt::format(
          "dfy::Halt(\"{}({},{})\", \"{{}} of an object that {{}} synthesizes has no "
          "stub for its arguments (Moq's MockBehavior.Strict)\");",
          file.display_name(), pos.line, pos.column);
    }
    std::string body = fmt::format("{}class {} : public {} {{\n public:\n", templ, s.sub, base);
    for (const Decl* d : strict ? SynthesizedMembersInOrder(s.cls) : std::vector<const Decl*>{}) {
      if (std::find(s.functions.begin(), s.functions.end(), d) != s.functions.end()) continue;
      if (strict_generic_.count(d)) {
        // A member template: its unstubbed hook halts (after the stubs' hooks, if any).
        body += fmt::format("  void {}_unstubbed() override {{ {} }}\n", DeclName(d),
                            fmt::format(fmt::runtime(fail), DafnyFullName(d), m->name));
        continue;
      }
      // Not stubbed: fails, as Moq's Strict mock.
      std::string voids;
      for (const Var* p : d->kind == DeclKind::Function
                              ? static_cast<const FunctionDecl*>(d)->params
                              : static_cast<const MethodDecl*>(d)->ins) {
        if (!rp_.IsGhost(p)) voids += "(void)" + CppName(p->name) + "; ";
      }
      const Decl* saved = type_;
      type_ = rp_.OwnerOf(d);
      std::string sig;
      with_types(s, d, [&] { sig = Signature(d, DeclName(d), true); });
      type_ = saved;
      if (sig.starts_with("virtual ")) sig.erase(0, 8);
      if (!sig.ends_with(" override")) sig += " override";
      body += fmt::format("  {} {{ {}{} }}\n", sig, voids,
                          fmt::format(fmt::runtime(fail), DafnyFullName(d), m->name));
    }
    for (const FunctionDecl* f : s.functions) {
      std::vector<std::string> types, names;
      std::string fn = DeclName(f), sig, result;
      const Decl* saved = type_;
      type_ = rp_.OwnerOf(f);
      with_types(s, f, [&] {
        for (const Var* p : f->params) {
          if (rp_.IsGhost(p)) continue;
          types.push_back(ParamType(rp_.TypeOf(p), p->range));
          names.push_back(CppName(p->name));
        }
        sig = Signature(f, fn, true);
        result = ResultType(f);
      });
      type_ = saved;
      if (sig.starts_with("virtual ")) sig.erase(0, 8);
      if (!sig.ends_with(" override")) sig += " override";
      body += fmt::format(
          "  std::vector<std::pair<std::function<bool({0})>, std::function<{1}({0})>>> "
          "{2}_setups;\n"
          "  {3} {{\n"
          "    for (auto it = {2}_setups.rbegin(); it != {2}_setups.rend(); ++it) {{\n"
          "      if (it->first({4})) return it->second({4});\n    }}\n"
          "    {5}\n  }}\n",
          Join(types), result, fn, sig, Join(names),
          strict ? fmt::format(fmt::runtime(fail), DafnyFullName(f), m->name)
                 : fmt::format("return {}::{}({});", base, fn, Join(names)));
    }
    for (const auto& [f, k] : s.hooks) {
      // A generic function's instantiation: its hook answers when a setup matches, and
      // otherwise leaves the call to the function's own body (CallBase).
      StubHook h;
      with_types(s, f, [&] { WithStubTypes(f, k, [&] { h = HookOf(f, k); }); });
      std::vector<std::string> params;
      for (size_t i = 0; i < h.types.size(); ++i) params.push_back(h.types[i] + " " + h.names[i]);
      body += fmt::format(
          "  std::vector<std::pair<std::function<bool({0})>, std::function<{1}({0})>>> "
          "{2}_setups;\n"
          "  std::optional<{1}> {2}({3}) override {{\n"
          "    for (auto it = {2}_setups.rbegin(); it != {2}_setups.rend(); ++it) {{\n"
          "      if (it->first({4})) return it->second({4});\n    }}\n"
          "    return std::nullopt;\n  }}\n",
          Join(h.types), h.result, h.name, Join(params), Join(h.names));
    }
    body += "};\n\n";
    synth_prelude_ += body;
  }
}

}  // namespace dfy::backend
