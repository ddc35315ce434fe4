// Dafny's auto-initialization and nonemptiness checks of type arguments (its
// CheckTypeCharacteristicsVisitor.CheckTypeInstantiation with Type.GetAutoInit): a type argument,
// explicit or inferred, passed to a function or method for a (00) type parameter must be
// nonempty, and one for a (0) type parameter must support auto-initialization, which in ghost
// code means being nonempty. Checked, as Dafny does, in a module without other errors.
#include "frontend/resolver.h"

namespace dfy::resolve {

namespace {
// The auto-initialization level that characteristics as written give ("==,0", "(00)", ...).
AutoInit FromCharacteristics(const std::string& c) {
  bool nonempty = false;
  size_t i = 0;
  while (i < c.size()) {
    if (c[i] != '0') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < c.size() && c[j] == '0') ++j;
    if (j - i == 1) return AutoInit::Compilable;
    nonempty = true;
    i = j;
  }
  return nonempty ? AutoInit::Nonempty : AutoInit::MaybeEmpty;
}

const std::vector<TypeParam>* OwnParams(const Decl* d) {
  if (d->kind == DeclKind::Method) return &static_cast<const MethodDecl*>(d)->type_params;
  if (d->kind == DeclKind::Function) return &static_cast<const FunctionDecl*>(d)->type_params;
  return TypeParamsOf(d);
}
}  // namespace

// Dafny's GroundingCtor of an inductive datatype (ModuleResolver.ComputeGroundingCtor): among
// the constructors whose arguments can be built from datatypes already grounded, a ghost one
// before others, then one using fewer type parameters, then the first. Computed for the
// datatypes resolved so far, in rounds until nothing changes.
const DatatypeCtor* Resolver::GroundingCtor(const DatatypeDecl* dt) {
  if (dt->co) {
    for (const DatatypeCtor& c : dt->ctors) {
      if (c.ghost) return &c;
    }
    return dt->ctors.empty() ? nullptr : &dt->ctors[0];
  }
  if (!grounding_.count(dt)) {
    std::vector<const DatatypeDecl*> dts;
    for (TypeInfo* ti : type_order_) {
      if (ti->decl->kind != DeclKind::Datatype) continue;
      auto* d = static_cast<const DatatypeDecl*>(ti->decl);
      if (!d->co) dts.push_back(d);
    }
    // Whether `t` can be built; the type parameters of the datatype it uses go to `used`.
    std::function<bool(const Type*, std::set<uint32_t>&)> can = [&](const Type* t,
                                                                    std::set<uint32_t>& used) {
      if (!t) return true;
      t = Walk(t);
      switch (t->kind) {
        case TypeKind::TypeParam:
          used.insert(t->width);
          return true;
        case TypeKind::Arrow:
          return t->name != "->" || can(t->args.back(), used);
        case TypeKind::Object:
          return t->nullable;
        case TypeKind::Tuple:
          for (const Type* a : t->args) {
            if (!can(a, used)) return false;
          }
          return true;
        case TypeKind::UserDefined:
          break;
        default:
          return true;
      }
      const Decl* d = t->decl;
      switch (d->kind) {
        case DeclKind::Class:
        case DeclKind::Trait:
        case DeclKind::Iterator:
          return t->nullable;
        case DeclKind::SubsetType: {
          auto* st = static_cast<const NewtypeDecl*>(d);
          TypeInfo* ti = InfoOf(d);
          if (st->witness || !ti || !ti->base || OpaqueHere(d)) {
            for (const Type* a : t->args) can(a, used);  // its free type parameters
            return true;
          }
          return can(Substitute(ti->base, ReceiverSubst(t)), used);
        }
        case DeclKind::TypeSynonym: {
          TypeInfo* ti = InfoOf(d);
          if (!ti || !ti->base || OpaqueHere(d)) return true;
          return can(Substitute(ti->base, ReceiverSubst(t)), used);
        }
        case DeclKind::Datatype: {
          auto* dep = static_cast<const DatatypeDecl*>(d);
          if (dep->co) {
            for (const Type* a : t->args) can(a, used);
            return true;
          }
          auto g = grounding_.find(dep);
          if (g == grounding_.end()) return false;
          for (size_t i = 0; i < t->args.size(); ++i) {
            if (g->second.second.count(static_cast<uint32_t>(i)) && !can(t->args[i], used)) {
              return false;
            }
          }
          return true;
        }
        default:
          return true;
      }
    };
    for (bool changed = true; changed;) {
      changed = false;
      for (const DatatypeDecl* d : dts) {
        if (grounding_.count(d)) continue;
        bool resolved = true;  // (a later module's datatypes are not yet)
        for (const DatatypeCtor& c : d->ctors) {
          for (const Var* f : c.formals) resolved = resolved && rp_->TypeOf(f);
        }
        if (!resolved) continue;
        const DatatypeCtor* best = nullptr;
        std::set<uint32_t> best_used;
        for (const DatatypeCtor& c : d->ctors) {
          std::set<uint32_t> used;
          bool ok = true;
          for (const Var* f : c.formals) ok = ok && can(rp_->TypeOf(f), used);
          if (!ok) continue;
          if (!best || (!best->ghost && c.ghost) || used.size() < best_used.size()) {
            best = &c;
            best_used = std::move(used);
          }
        }
        if (best) {
          grounding_[d] = {best, std::move(best_used)};
          changed = true;
        }
      }
    }
  }
  auto g = grounding_.find(dt);
  return g == grounding_.end() ? nullptr : g->second.first;
}

// Dafny's Type.GetAutoInit: whether `t` has a value compiled code can start from, has some
// value, or may be empty.
AutoInit Resolver::AutoInitOf(const Type* t, std::vector<const Type*>* co_visiting) {
  if (!t) return AutoInit::Compilable;
  t = Walk(t);
  switch (t->kind) {
    case TypeKind::TypeParam: {
      if (const TypeParam* tp = TypeParamOf(t)) return FromCharacteristics(tp->characteristics);
      // Made-up type parameters have no characteristics, except an iterator's.
      return t->decl && t->decl->kind == DeclKind::Iterator ? AutoInit::Compilable
                                                            : AutoInit::MaybeEmpty;
    }
    case TypeKind::Arrow:
      return t->name == "->" ? AutoInitOf(t->args.back(), co_visiting) : AutoInit::Compilable;
    case TypeKind::Object:
      return t->nullable ? AutoInit::Compilable : AutoInit::MaybeEmpty;
    case TypeKind::Tuple: {
      AutoInit r = AutoInit::Compilable;
      for (const Type* a : t->args) r = std::min(r, AutoInitOf(a, co_visiting));
      return r;
    }
    case TypeKind::UserDefined:
      break;
    default:
      return AutoInit::Compilable;
  }
  const Decl* d = t->decl;
  switch (d->kind) {
    case DeclKind::Class:
    case DeclKind::Trait:
    case DeclKind::Iterator:
      return t->nullable ? AutoInit::Compilable : AutoInit::MaybeEmpty;
    case DeclKind::OpaqueType:
      return FromCharacteristics(static_cast<const OpaqueTypeDecl*>(d)->characteristics);
    case DeclKind::TypeSynonym: {
      TypeInfo* ti = InfoOf(d);
      if (OpaqueHere(d) || !ti || !ti->base) {
        return FromCharacteristics(static_cast<const TypeSynonymDecl*>(d)->characteristics);
      }
      return AutoInitOf(Substitute(ti->base, ReceiverSubst(t)), co_visiting);
    }
    case DeclKind::SubsetType:
    case DeclKind::Newtype:
      switch (static_cast<const NewtypeDecl*>(d)->witness_kind) {
        case WitnessKind::Ghost:
          return AutoInit::Nonempty;
        case WitnessKind::Star:
          return AutoInit::MaybeEmpty;
        default:
          return AutoInit::Compilable;
      }
    case DeclKind::Datatype: {
      auto* dt = static_cast<const DatatypeDecl*>(d);
      std::vector<const Type*> visiting;
      if (dt->co) {
        if (co_visiting) {
          for (const Type* v : *co_visiting) {
            if (v == t) return AutoInit::Compilable;  // a lazy constructor call
          }
          for (const Type* v : *co_visiting) {
            if (v->decl == dt) return AutoInit::MaybeEmpty;
          }
          visiting = *co_visiting;
        }
        visiting.push_back(t);
        co_visiting = &visiting;
      }
      const DatatypeCtor* g = GroundingCtor(dt);
      if (!g) return AutoInit::MaybeEmpty;
      Subst s = ReceiverSubst(t);
      AutoInit r = AutoInit::Compilable;
      for (const Var* f : g->formals) {
        AutoInit a = AutoInitOf(Substitute(rp_->TypeOf(f), s), co_visiting);
        if (a == AutoInit::MaybeEmpty) return a;
        if (!f->ghost && a == AutoInit::Nonempty) r = AutoInit::Nonempty;
      }
      return r;
    }
    default:
      return AutoInit::Compilable;
  }
}

// Dafny's hint when the type argument is a type parameter or an abstract type.
std::string Resolver::CharacteristicHint(const Type* t, const char* characteristic,
                                         const char* meaning) {
  t = Walk(t);
  std::string name, kind;
  uint32_t line = 0;
  if (t->kind == TypeKind::TypeParam && t->decl) {
    kind = "type parameter";
    name = t->name;
    const TypeParam* tp = TypeParamOf(t);
    // A made-up parameter is at its declaration (Dafny's parent token).
    SourceRange at = tp ? tp->range : t->decl->name_range;
    line = ctx_.sources.File(at.file).Position(at.begin).line;
  } else if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::OpaqueType) {
    kind = "abstract type";
    name = t->decl->name;
    SourceRange at = t->decl->name_range;
    line = ctx_.sources.File(at.file).Position(at.begin).line;
  } else {
    return "";
  }
  return fmt::format(
      " (perhaps try declaring {2} '{0}' on line {1} as '{0}({3})', which says it "
      "can only be instantiated with {4})",
      name, line, kind, characteristic, meaning);
}

// The type arguments `targs` passed to callee `callee` at `at`: a (00) type parameter needs a
// nonempty type, and a (0) one a type with a compilable value, or in ghost code (`compiled`
// false) a nonempty one.
void Resolver::CheckTypeArgCharacteristics(SourceRange at, const Decl* callee,
                                           const std::vector<const Type*>& targs, bool compiled) {
  const std::vector<TypeParam>* tps = OwnParams(callee);
  if (!tps || targs.size() < tps->size()) return;
  for (size_t i = 0; i < tps->size(); ++i) {
    AutoInit need = FromCharacteristics((*tps)[i].characteristics);
    if (need == AutoInit::MaybeEmpty) continue;
    const Type* actual = Zonk(targs[i]);
    if (HasProxy(actual) || Base(actual)->kind == TypeKind::Error) continue;
    AutoInit have = AutoInitOf(actual);
    bool auto_init = need == AutoInit::Compilable;
    if (have == AutoInit::Compilable || (have == AutoInit::Nonempty && !(auto_init && compiled))) {
      continue;
    }
    std::string hint =
        auto_init ? CharacteristicHint(actual, "0", "a type that supports auto-initialization")
                  : CharacteristicHint(actual, "00", "a nonempty type");
    Error(at, fmt::format("type parameter{} ({}) passed to {} {} must {} (got {}){}",
                          targs.size() == 1 ? "" : fmt::format(" {}", i), (*tps)[i].name,
                          callee->kind == DeclKind::Function ? "function" : "method", callee->name,
                          auto_init ? "support auto-initialization" : "be nonempty",
                          TypeName(actual), hint));
  }
}

// The calls and function values the module's code made, once its types are inferred (and
// which calls are compiled code is known).
void Resolver::CheckTypeCharacteristics() {
  std::set<const Expr*> callees;
  for (const Expr* e : characteristic_uses_) {
    if (e->kind == ExprKind::Call) callees.insert(static_cast<const CallExpr*>(e)->callee);
  }
  for (const Expr* e : characteristic_uses_) {
    if (callees.count(e)) continue;
    const Binding& b = rp_->BindingOf(e);
    const Decl* callee = b.function ? static_cast<const Decl*>(b.function) : b.method;
    if (callee) CheckTypeArgCharacteristics(e->tok, callee, b.type_args, compiled_calls_.count(e));
  }
}

}  // namespace dfy::resolve
