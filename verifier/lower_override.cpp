// Override checks: a class's method or function that implements a member of a trait must keep
// the trait's contract, since callers through the trait rely on it (Dafny's OverrideCheck
// procedures). Under the trait's precondition, the class's must hold; the class's decreases
// clause must be at most the trait's; its frame within the trait's; and under the class's
// postcondition, the trait's must hold. In the trait's clauses, calls of the trait's functions
// on `this` stand for the class's implementations of them, as in Dafny.
#include <fmt/format.h>

#include <algorithm>

#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

namespace {

const std::vector<Var*>& InsOf(const Decl* d) {
  if (d->kind == DeclKind::Method) return static_cast<const MethodDecl*>(d)->ins;
  return static_cast<const FunctionDecl*>(d)->params;
}

const std::vector<Spec>& RequiresOf(const Decl* d) {
  if (d->kind == DeclKind::Method) return static_cast<const MethodDecl*>(d)->requires_;
  return static_cast<const FunctionDecl*>(d)->requires_;
}

const std::vector<Expr*>& DecreasesOf(const Decl* d) {
  if (d->kind == DeclKind::Method) return static_cast<const MethodDecl*>(d)->decreases;
  return static_cast<const FunctionDecl*>(d)->decreases;
}

// Dafny's WhatKind, as its messages name a member.
std::string WhatKind(const Decl* d) {
  if (d->kind == DeclKind::Function) {
    return FunctionFlavorKeyword(static_cast<const FunctionDecl*>(d)->flavor);
  }
  switch (static_cast<const MethodDecl*>(d)->flavor) {
    case MethodFlavor::Lemma:
      return "lemma";
    case MethodFlavor::TwoStateLemma:
      return "twostate lemma";
    default:
      return "method";
  }
}

}  // namespace

void Lowerer::AssumeClassOf(const Decl* cls, const z3::expr& o) {
  if (cls && (cls->kind == DeclKind::Class || cls->kind == DeclKind::Iterator)) {
    Assume(sym_.dtype(o) == sym_.ClassTag(cls));
  }
  if (IsClassLike(cls)) {
    if (z3::expr is = IsOfType(sym_.SelfType(cls), o); !is.is_true()) Assume(is);
  }
}

namespace {

// Binds the type parameters of `cls` in `pattern` (a type over them) so that it is `actual`;
// false where the two differ elsewhere or a parameter would be bound to two types.
bool MatchParams(const Type* pattern, const Type* actual, const Decl* cls,
                 std::vector<const Type*>& binding) {
  if (pattern->kind == TypeKind::TypeParam && pattern->decl == cls) {
    if (pattern->width >= binding.size()) return false;
    const Type*& bound = binding[pattern->width];
    if (bound && bound != actual) return false;
    bound = actual;
    return true;
  }
  if (pattern == actual) return true;
  if (pattern->kind != actual->kind || pattern->decl != actual->decl ||
      pattern->width != actual->width || pattern->nullable != actual->nullable ||
      pattern->name != actual->name || pattern->args.size() != actual->args.size()) {
    return false;
  }
  for (size_t i = 0; i < pattern->args.size(); ++i) {
    if (!MatchParams(pattern->args[i], actual->args[i], cls, binding)) return false;
  }
  return true;
}

// The function named `name` that objects of class `cls` run: the class's own, else the one a
// trait above it gives a body (Action's Requires for GenericAction's); null if none.
const FunctionDecl* ImplementationIn(const ResolvedProgram& rp, const Decl* cls,
                                     const std::string& name) {
  std::vector<const Decl*> work{cls};
  for (size_t i = 0; i < work.size(); ++i) {
    for (const Decl* m : ClassMembers(work[i])) {
      if (m->kind != DeclKind::Function || m->name != name) continue;
      auto* f = static_cast<const FunctionDecl*>(m);
      if (work[i] == cls || f->body) return f;
    }
    for (const Type* p : rp.ParentsOf(work[i])) {
      if (std::find(work.begin(), work.end(), p->decl) == work.end()) work.push_back(p->decl);
    }
  }
  return nullptr;
}

}  // namespace

std::vector<z3::expr> Lowerer::OverrideAxioms() {
  std::vector<z3::expr> axioms;
  for (const Decl* d : rp_.callables()) {
    if (d->kind != DeclKind::Function || !sym_.TypeParamsOf(d).empty()) continue;
    std::vector<z3::expr> more = OverrideAxiomsOf(static_cast<const FunctionDecl*>(d), {});
    axioms.insert(axioms.end(), more.begin(), more.end());
  }
  return axioms;
}

// Dafny's override axioms: trait function t at `inst` (its trait's type arguments) on an object
// below the trait is the function the object's class runs. For each class below the trait:
// on its objects (dtype), t is the class's implementation, at the class's type arguments the
// trait's determine (C<T> extends Tr<seq<T>> at Tr<seq<int>>: C<int>; the object's static type
// gives the trait's, and so the class's). For each trait below it that redeclares t: on its
// objects (IsInstance), t is the redeclaration. Where the trait's type arguments leave a type
// parameter of the class or trait open (E<T> extends Tr<int>; Action<I, O> extends
// Validatable), one axiom per instantiation the program names, on the objects of that
// instantiation (IsInstance), never one for all: E<bool>'s and E<char>'s fields differ.
std::vector<z3::expr> Lowerer::OverrideAxiomsOf(const FunctionDecl* t,
                                                const Symbols::Instance& inst) {
  std::vector<z3::expr> axioms;
  const Decl* trait = rp_.OwnerOf(t);
  if (!trait || trait->kind != DeclKind::Trait || t->is_static || !t->type_params.empty() ||
      rp_.ImplicitTypeParams(t) != 0) {
    return axioms;
  }
  Symbols::Instance trait_args;
  for (const Type* a : inst) trait_args.push_back(sym_.Apply(a));
  for (const Decl* cls : rp_.decls()) {
    bool is_class = cls->kind == DeclKind::Class;
    if ((!is_class && cls->kind != DeclKind::Trait) || cls == trait ||
        !InheritsFrom(rp_, cls, trait)) {
      continue;
    }
    const FunctionDecl* f = nullptr;
    if (is_class) {
      f = ImplementationIn(rp_, cls, t->name);
    } else {
      for (const Decl* m : ClassMembers(cls)) {
        if (m->kind == DeclKind::Function && m->name == t->name) {
          f = static_cast<const FunctionDecl*>(m);
        }
      }
    }
    // (None in the tasks of the implementation itself, its override check among them: there
    // the trait's postcondition is what is to be proved of it.)
    if (!f || f == t || f == no_override_axioms_of_ || f->is_static || !f->type_params.empty() ||
        rp_.ImplicitTypeParams(f) != 0 || f->params.size() != t->params.size() ||
        Symbols::TwoState(f) != Symbols::TwoState(t)) {
      continue;
    }
    const Type* up = sym_.Upcast(sym_.SelfType(cls), trait);
    if (up->decl != trait || up->args.size() != trait_args.size()) continue;
    std::vector<const Type*> binding(ClassTypeParams(cls).size(), nullptr);
    bool determined = true;
    for (size_t i = 0; i < trait_args.size() && determined; ++i) {
      determined = MatchParams(up->args[i], trait_args[i], cls, binding);
    }
    if (!determined) continue;
    // The instantiations of the class or trait, each with whether its objects are told by
    // IsInstance (else by dtype alone).
    std::vector<std::pair<const Type*, bool>> instances;
    if (std::find(binding.begin(), binding.end(), nullptr) == binding.end()) {
      instances.emplace_back(
          rp_.types.Get(TypeKind::UserDefined, binding, 0, cls->name, cls, false), !is_class);
    } else {
      for (const Type* named : sym_.NamedInstances(cls)) {
        const Type* named_up = sym_.Upcast(named, trait);
        if (named_up->decl == trait && named_up->args == trait_args) {
          instances.emplace_back(named, true);
        }
      }
    }
    for (const auto& [cls_type, by_instance] : instances) {
      std::optional<z3::expr> axiom = OverrideAxiom(t, trait_args, cls, cls_type, f, by_instance);
      if (axiom) axioms.push_back(*axiom);
    }
  }
  return axioms;
}

// On the objects of class or trait type `cls_type` (of class `cls` by dtype, and by IsInstance
// when `by_instance`), trait function t at `trait_args` is f at the type arguments `cls_type`
// gives f's class or trait.
std::optional<z3::expr> Lowerer::OverrideAxiom(const FunctionDecl* t,
                                               const Symbols::Instance& trait_args, const Decl* cls,
                                               const Type* cls_type, const FunctionDecl* f,
                                               bool by_instance) {
  {
    // (An instantiation the program never names has no heap parts for its fields.)
    if (!sym_.HasFieldParts(cls_type)) return std::nullopt;
    const Type* f_owner_type = sym_.Upcast(cls_type, rp_.OwnerOf(f));
    if (f_owner_type->decl != rp_.OwnerOf(f)) return std::nullopt;
    z3::func_decl fn_t = sym_.Function(t, trait_args);
    z3::func_decl fn_f = sym_.Function(f, f_owner_type->args);
    if (!z3::eq(fn_t.range(), fn_f.range())) return std::nullopt;

    z3::expr ly = c_.constant("ly", sym_.layer);
    std::vector<z3::expr> bound{ly};
    z3::expr_vector args_t(c_), args_f(c_);
    args_t.push_back(ly);
    args_f.push_back(ly);
    const auto& parts = sym_.HeapParts();
    // A two-state function's previous heap (both are two-state).
    if (Symbols::TwoState(t)) {
      for (size_t i = 0; i < parts.size(); ++i) {
        z3::expr h = c_.constant(fmt::format("{}#prev", parts[i].name).c_str(), parts[i].sort);
        bound.push_back(h);
        args_t.push_back(h);
        args_f.push_back(h);
      }
    }
    if (Symbols::ReadsHeap(t) || Symbols::ReadsHeap(f)) {
      for (size_t i = 0; i < parts.size(); ++i) {
        z3::expr h = c_.constant(fmt::format("{}#ax", parts[i].name).c_str(), parts[i].sort);
        bound.push_back(h);
        if (Symbols::ReadsHeap(t)) args_t.push_back(h);
        if (Symbols::ReadsHeap(f)) args_f.push_back(h);
      }
    }
    z3::expr self = c_.constant("this#ax", sym_.ref_sort);
    bound.push_back(self);
    args_t.push_back(self);
    args_f.push_back(self);
    bool same_sorts = true;
    for (size_t i = 0; i < t->params.size(); ++i) {
      z3::sort s = fn_t.domain(args_t.size());
      if (!z3::eq(s, fn_f.domain(args_f.size()))) {
        same_sorts = false;
        break;
      }
      z3::expr x = c_.constant(fmt::format("{}#p{}", t->params[i]->name, i).c_str(), s);
      bound.push_back(x);
      args_t.push_back(x);
      args_f.push_back(x);
    }
    if (!same_sorts) return std::nullopt;
    z3::expr in_trait = fn_t(args_t);
    z3::expr in_class = fn_f(args_f);
    // Triggered by the trait's application only: Dafny's other trigger, the class's, gives
    // no more than the class's function there (its trait's consequence axiom needs the
    // trait's canCall), while dfyc's consequence axioms outside a cluster are unguarded, so
    // the trait's postcondition would hold of the class's function before its override check.
    z3::expr premise = c_.bool_val(true);
    if (cls->kind == DeclKind::Class) premise = sym_.dtype(self) == sym_.ClassTag(cls);
    if (by_instance) premise = premise && sym_.IsInstance(cls_type)(self);
    return Forall(c_, bound, z3::implies(premise, in_trait == in_class), {in_trait});
  }
}

void Lowerer::LowerOverrideCheck(const Decl* member) {
  const Decl* base = rp_.OverriddenOf(member);
  const Decl* cls = rp_.OwnerOf(member);
  // Calls of the trait's functions on `this` are calls of the class's implementations.
  // (Along the whole chain: a class's Valid implements its trait's, which may itself redeclare
  // the Valid of a trait it extends: every ancestor's function of that name.)
  std::vector<const Decl*> ancestors;
  for (const Type* p : rp_.ParentsOf(cls)) ancestors.push_back(p->decl);
  for (size_t i = 0; i < ancestors.size(); ++i) {
    for (const Type* p : rp_.ParentsOf(ancestors[i])) {
      if (std::find(ancestors.begin(), ancestors.end(), p->decl) == ancestors.end()) {
        ancestors.push_back(p->decl);
      }
    }
  }
  for (const Decl* m : ClassMembers(cls)) {
    if (m->kind != DeclKind::Function || !rp_.OverriddenOf(m)) continue;
    for (const Decl* a : ancestors) {
      for (const Decl* o : ClassMembers(a)) {
        if (o->kind == DeclKind::Function && o->name == m->name) override_subst_[o] = m;
      }
    }
  }
  if (member->kind == DeclKind::Method) method_ = static_cast<const MethodDecl*>(member);
  // A generic trait's type parameters are the class's type arguments of its extends clause.
  const Type* as_trait = sym_.Upcast(sym_.SelfType(cls), rp_.OwnerOf(base));
  Symbols::SubstScope scope(sym_, base, as_trait->args);
  // An implicit `this` is the class's object, in the trait's clauses too (its fields and calls
  // seen through the class's extends clauses). (Restored with the substitution.)
  sym_.scope_decl = member;
  // A two-state member's previous state, which old(...) and two-state calls refer to (for a
  // lemma, one whose allocated objects stay allocated).
  bool two_state = (member->kind == DeclKind::Function &&
                    Symbols::TwoState(static_cast<const FunctionDecl*>(member))) ||
                   (member->kind == DeclKind::Method &&
                    static_cast<const MethodDecl*>(member)->flavor == MethodFlavor::TwoStateLemma);
  if (two_state) {
    BeginTwoState(member->kind == DeclKind::Method);
  } else {
    HavocHeap(true);
  }
  z3::expr self = c_.constant("this", sym_.ref_sort);
  env_.insert_or_assign(&this_var_, self);
  Assume(self != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, env_), self));
  AssumeClassOf(cls, self);
  const std::vector<Var*>& ins = InsOf(member);
  const std::vector<Var*>& base_ins = InsOf(base);
  for (size_t i = 0; i < ins.size() && i < base_ins.size(); ++i) {
    Havoc(ins[i]);
    env_.insert_or_assign(base_ins[i], env_.at(ins[i]));
  }
  if (two_state) {
    Assume(AllocatedBefore(ins, env_, two_state_before_));
    Assume(ThisAllocatedBefore(env_, two_state_before_));
  }
  entry_env_ = env_;
  SourceRange at = member->name_range;
  bool is_function = member->kind == DeclKind::Function;

  // Under the trait's precondition, the class's.
  for (const Spec& req : RequiresOf(base)) Assume(Tr(req.expr));
  for (const Spec& req : RequiresOf(member)) {
    for (const Conjunct& part : Conjuncts(req.expr)) {
      Assert(is_function ? Obligation::FunctionOverridePre : Obligation::MethodOverridePre, at,
             TrAsserted(part));
    }
  }

  // The class's decreases clause at most the trait's (lexicographically; equal is allowed, as
  // a dynamic dispatch happens once).
  if (!(DecreasesOf(base).size() == 1 && DecreasesOf(base)[0]->kind == ExprKind::Wildcard)) {
    Decreases mine = CalleeDecreases(member, env_, sym_.BaseLayer());
    Decreases theirs = CalleeDecreases(base, env_, sym_.BaseLayer());
    size_t n = std::min(mine.values.size(), theirs.values.size());
    for (size_t i = 0; i < n; ++i) {
      if (!z3::eq(mine.values[i].get_sort(), theirs.values[i].get_sort())) {
        n = i;
        break;
      }
    }
    bool or_equal = n == theirs.values.size() ||
                    (n == mine.values.size() && mine.values.size() > theirs.values.size());
    mine.values.erase(mine.values.begin() + static_cast<std::ptrdiff_t>(n), mine.values.end());
    mine.types.resize(n);
    theirs.values.erase(theirs.values.begin() + static_cast<std::ptrdiff_t>(n),
                        theirs.values.end());
    Assert(Obligation::TraitDecreases, at, LexLess(mine, theirs.values, false, or_equal));
    task_.asserts.back().subject = WhatKind(member);
  }

  if (is_function) {
    auto* f = static_cast<const FunctionDecl*>(member);
    auto* t = static_cast<const FunctionDecl*>(base);
    // What the class's function reads, the trait's may read.
    if (!t->reads_star) {
      z3::expr o = c_.constant("$o", sym_.ref_sort);
      z3::expr allocated =
          o != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, env_), o);
      z3::expr mine = f->reads_star ? c_.bool_val(true) : InFrame(f->reads, o, env_);
      Assert(Obligation::TraitReads, at,
             Forall(c_, {o}, z3::implies(allocated && mine, InFrame(t->reads, o, env_)), {}));
      task_.asserts.back().subject = WhatKind(member);
    }
    // Under the class's postcondition, the trait's, of the class's result.
    z3::expr_vector call_args(c_);
    call_args.push_back(sym_.BaseLayer());
    if (Symbols::TwoState(f)) {
      for (size_t i = 0; i < sym_.HeapParts().size(); ++i) {
        call_args.push_back(HeapValue(i, two_state_before_));
      }
    }
    if (Symbols::ReadsHeap(f)) {
      for (size_t i = 0; i < sym_.HeapParts().size(); ++i) call_args.push_back(HeapValue(i, env_));
    }
    call_args.push_back(self);
    for (const Var* p : f->params) call_args.push_back(env_.at(p));
    z3::expr result = sym_.Function(f, sym_.TypeParamsOf(f))(call_args);
    if (f->result) env_.insert_or_assign(f->result, result);
    if (t->result) env_.insert_or_assign(t->result, result);
    for (const Spec& ens : f->ensures) Assume(Tr(ens.expr));
    for (const Spec& ens : t->ensures) {
      for (const Conjunct& part : Conjuncts(ens.expr)) {
        Assert(Obligation::FunctionOverridePost, at, TrAsserted(part));
      }
    }
    return;
  }

  auto* m = static_cast<const MethodDecl*>(member);
  auto* t = static_cast<const MethodDecl*>(base);
  // What the class's method modifies, the trait's may modify.
  z3::expr o = c_.constant("$o", sym_.ref_sort);
  z3::expr allocated = o != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, env_), o);
  Assert(
      Obligation::TraitModifies, at,
      Forall(c_, {o},
             z3::implies(allocated && InFrame(m->modifies, o, env_), InFrame(t->modifies, o, env_)),
             {}));
  task_.asserts.back().subject = WhatKind(member);
  // Some state after the class's method: its frame changed, its out-parameters set.
  HavocHeap(true);
  AssumeFrameUnchanged(entry_env_, &m->modifies, entry_env_);
  for (size_t i = 0; i < m->outs.size() && i < t->outs.size(); ++i) {
    Havoc(m->outs[i]);
    env_.insert_or_assign(t->outs[i], env_.at(m->outs[i]));
  }
  for (const Spec& ens : m->ensures) Assume(Tr(ens.expr));
  for (const Spec& ens : t->ensures) {
    for (const Conjunct& part : Conjuncts(ens.expr)) {
      Assert(Obligation::MethodOverridePost, at, TrAsserted(part));
    }
  }
}

}  // namespace dfy::verify
