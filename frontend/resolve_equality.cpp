// Dafny's equality-support checks of compiled code (its CheckTypeCharacteristicsVisitor): == and
// != between values of a type without equality, `in` on sequences of such elements, and
// compiled locals and displays of sets, multisets and maps whose elements (keys) lack it, type
// arguments of (==) type parameters of datatypes and classes, and the types of compiled let-,
// lambda- and quantifier-bound variables and tuples. Ghost code may compare anything.
#include "frontend/resolver.h"

namespace dfy::resolve {

namespace {
const std::vector<TypeParam>* OwnTypeParams(const Decl* d) {
  if (d->kind == DeclKind::Method) return &static_cast<const MethodDecl*>(d)->type_params;
  if (d->kind == DeclKind::Function) return &static_cast<const FunctionDecl*>(d)->type_params;
  return TypeParamsOf(d);
}
}  // namespace

// The declaration of a type parameter type, or null (for parameters dfyc made up).
const TypeParam* Resolver::TypeParamOf(const Type* t) {
  if (t->kind != TypeKind::TypeParam || !t->decl || t->width >= kImplicitTypeParamBase) {
    return nullptr;
  }
  const std::vector<TypeParam>* tps = OwnTypeParams(t->decl);
  return tps && t->width < tps->size() ? &(*tps)[t->width] : nullptr;
}

// Dafny infers (==) for a type parameter of a compiled function or method whose signature
// needs it: the parameter is the element of a set or multiset or the key of a map there.
bool Resolver::InferredEquality(const Type* tp) {
  const Decl* owner = tp->decl;
  if (owner->kind != DeclKind::Method && owner->kind != DeclKind::Function) return false;
  if (IsGhostDecl(owner)) return false;
  std::function<bool(const Type*)> needs = [&](const Type* t) -> bool {
    if (!t) return false;
    t = Walk(t);
    switch (t->kind) {
      case TypeKind::Set:
      case TypeKind::ISet:
      case TypeKind::Multiset:
        return t->args[0] == tp || needs(t->args[0]);
      case TypeKind::Map:
      case TypeKind::IMap:
        return t->args[0] == tp || needs(t->args[0]) || needs(t->args[1]);
      default:
        for (const Type* a : t->args) {
          if (needs(a)) return true;
        }
        return false;
    }
  };
  std::vector<const Var*> sig;
  if (owner->kind == DeclKind::Method) {
    auto* m = static_cast<const MethodDecl*>(owner);
    sig.insert(sig.end(), m->ins.begin(), m->ins.end());
    sig.insert(sig.end(), m->outs.begin(), m->outs.end());
  } else {
    auto* f = static_cast<const FunctionDecl*>(owner);
    sig.insert(sig.end(), f->params.begin(), f->params.end());
    auto r = rp_->function_result_.find(f);
    if (r != rp_->function_result_.end() && needs(r->second)) return true;
  }
  for (const Var* v : sig) {
    if (needs(rp_->TypeOf(v))) return true;
  }
  return false;
}

// Dafny's PartiallySupportsEquality, for == and !=: also a datatype with a ghost constructor
// whose other constructors have only compiled formals of types with equality (the verifier
// checks that compiled code compares no value of a ghost constructor).
bool Resolver::PartiallySupportsEquality(const Type* t) {
  if (SupportsEquality(t)) return true;
  t = Walk(t);
  if (t->kind != TypeKind::UserDefined || t->decl->kind != DeclKind::Datatype) return false;
  auto* dt = static_cast<const DatatypeDecl*>(t->decl);
  if (dt->co) return false;
  Subst s = ReceiverSubst(t);
  bool compiled_ctor = false;
  for (const DatatypeCtor& c : dt->ctors) {
    if (c.ghost) continue;
    compiled_ctor = true;
    for (const Var* f : c.formals) {
      if (f->ghost || !SupportsEquality(Substitute(rp_->TypeOf(f), s))) return false;
    }
  }
  return compiled_ctor;
}

bool Resolver::SupportsEquality(const Type* t) {
  std::set<const Decl*> visiting;
  std::function<bool(const Type*)> eq = [&](const Type* t) -> bool {
    if (!t) return true;
    t = Walk(t);
    switch (t->kind) {
      case TypeKind::Arrow:
        return false;
      case TypeKind::TypeParam: {
        const TypeParam* tp = TypeParamOf(t);
        return !tp || tp->characteristics.find("==") != std::string::npos || InferredEquality(t);
      }
      case TypeKind::UserDefined:
        break;
      default:
        // A tuple with ghost components, as a datatype with ghost formals in Dafny, has none.
        if (t->kind == TypeKind::Tuple && t->width != 0) return false;
        for (const Type* a : t->args) {
          if (!eq(a)) return false;
        }
        return true;
    }
    const Decl* d = t->decl;
    switch (d->kind) {
      case DeclKind::Class:
      case DeclKind::Trait:
      case DeclKind::Iterator:
        return true;
      case DeclKind::OpaqueType:
        return static_cast<const OpaqueTypeDecl*>(d)->characteristics.find("==") !=
               std::string::npos;
      case DeclKind::SubsetType:
      case DeclKind::TypeSynonym:
      case DeclKind::Newtype: {
        if (OpaqueHere(d)) {
          return d->kind == DeclKind::TypeSynonym &&
                 static_cast<const TypeSynonymDecl*>(d)->characteristics.find("==") !=
                     std::string::npos;
        }
        TypeInfo* ti = InfoOf(d);
        if (!ti || !ti->base) return true;
        Subst s;
        for (size_t i = 0; ti->type_params && i < ti->type_params->size() && i < t->args.size();
             ++i) {
          s[t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*ti->type_params)[i].name,
                   d)] = t->args[i];
        }
        return eq(Substitute(ti->base, s));
      }
      case DeclKind::Datatype: {
        auto* dt = static_cast<const DatatypeDecl*>(d);
        if (dt->co) return false;
        if (!visiting.insert(d).second) return true;
        Subst s = ReceiverSubst(t);
        bool ok = true;
        for (const DatatypeCtor& c : dt->ctors) {
          // (A ghost constructor's values cannot be told apart at run time.)
          ok = ok && !c.ghost;
          for (const Var* f : c.formals) {
            ok = ok && !f->ghost && eq(Substitute(rp_->TypeOf(f), s));
          }
        }
        visiting.erase(d);
        return ok;
      }
      default:
        return true;
    }
  };
  return eq(t);
}

// Dafny's hint when the type lacking equality is (or holds, as a sequence element, a map value
// or a datatype argument) a type parameter.
std::string Resolver::EqualityHint(const Type* t) {
  t = Walk(t);
  if (const TypeParam* tp = TypeParamOf(t)) {
    const SourceFile& f = ctx_.sources.File(tp->range.file);
    return fmt::format(
        " (perhaps try declaring type parameter '{0}' on line {1} as '{0}(==)', which says it "
        "can only be instantiated with a type that supports equality)",
        tp->name, f.Position(tp->range.begin).line);
  }
  if (t->kind == TypeKind::Seq && !t->args.empty()) return EqualityHint(t->args[0]);
  if ((t->kind == TypeKind::Map || t->kind == TypeKind::IMap) && t->args.size() == 2) {
    return EqualityHint(t->args[1]);
  }
  if (const DatatypeDecl* dt = DatatypeOf(t); dt && !dt->co) {  // a codatatype never has ==
    for (const Type* a : t->args) {
      if (!SupportsEquality(a)) {
        std::string h = EqualityHint(a);
        if (!h.empty()) return h;
      }
    }
  }
  return "";
}

// Dafny's CanCompareWith: an operand that lets == compile though the other's type lacks
// equality: a value of a type with equality, an empty display, or a datatype value (`Nil`,
// `Cons(1, Nil)`) of a datatype without ghost constructors whose arguments are such operands
// (so `s == Nil` compiles for a codatatype `s`).
bool Resolver::ComparableValue(const Expr* e) {
  while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  if (e->kind == ExprKind::NullLiteral) return true;
  if (const Type* t = rp_->TypeOf(e); t && SupportsEquality(t)) return true;
  if (e->kind == ExprKind::SeqDisplay || e->kind == ExprKind::SetDisplay ||
      e->kind == ExprKind::MultisetDisplay) {
    return static_cast<const DisplayExpr*>(e)->elements.empty();
  }
  if (e->kind == ExprKind::MapDisplay) {
    return static_cast<const MapDisplayExpr*>(e)->keys.empty();
  }
  const CallExpr* call = e->kind == ExprKind::Call ? static_cast<const CallExpr*>(e) : nullptr;
  if (!call && e->kind != ExprKind::Name && e->kind != ExprKind::Select) return false;
  const Binding& b = call ? rp_->CalleeOf(call) : rp_->BindingOf(e);
  if (!b.datatype || b.ctor < 0 || b.ctor_test || b.destructor >= 0) return false;
  for (const DatatypeCtor& c : b.datatype->ctors) {
    if (c.ghost) return false;
  }
  const DatatypeCtor& ctor = b.datatype->ctors[b.ctor];
  std::vector<const Expr*> args(ctor.formals.size(), nullptr);
  for (size_t k = 0; call && k < call->args.size(); ++k) {
    const Expr* a = call->args[k];
    size_t i = k;
    if (a->kind == ExprKind::NamedArg) {
      auto* n = static_cast<const NamedArgExpr*>(a);
      for (i = 0; i < ctor.formals.size() && ctor.formals[i]->name != n->name; ++i) {
      }
      a = n->value;
    }
    if (i < args.size()) args[i] = a;
  }
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args[i] && i < ctor.defaults.size()) args[i] = ctor.defaults[i];
    if (ctor.formals[i]->ghost || !args[i] || !ComparableValue(args[i])) return false;
  }
  return true;
}

// The equality checks of a compiled expression (and of its compiled parts).
void Resolver::CheckEqualityUses(const Expr* e) {
  auto type_of = [&](const Expr* x) { return rp_->TypeOf(x); };
  switch (e->kind) {
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      const Type* t0 = type_of(b->lhs);
      const Type* t1 = type_of(b->rhs);
      const char* op = b->op == BinaryOp::Eq    ? "=="
                       : b->op == BinaryOp::Neq ? "!="
                       : b->op == BinaryOp::In  ? "in"
                                                : "!in";
      // Dafny names an operand's type with its top-level subset types expanded, so a function
      // type is the arrow all others are subset types of (`int ~> int` for `int -> int`).
      auto expanded = [&](const Type* t) {
        const Type* base = Base(t);
        if (!base || base->kind != TypeKind::Arrow) return TypeName(t);
        Type arrow = *base;
        arrow.name = "~>";
        return TypeName(t_.Get(arrow));
      };
      if (t0 && t1 && (b->op == BinaryOp::Eq || b->op == BinaryOp::Neq)) {
        if (!ComparableValue(b->lhs) && !ComparableValue(b->rhs)) {
          if (!PartiallySupportsEquality(t0)) {
            TypeError(b->lhs->tok, fmt::format("{} can only be applied to expressions of types "
                                               "that support equality (got {}){}",
                                               op, expanded(t0), EqualityHint(t0)));
          } else if (!PartiallySupportsEquality(t1)) {
            TypeError(b->rhs->tok, fmt::format("{} can only be applied to expressions of types "
                                               "that support equality (got {}){}",
                                               op, expanded(t1), EqualityHint(t1)));
          }
        }
      } else if (t1 && (b->op == BinaryOp::In || b->op == BinaryOp::NotIn) &&
                 Shape(t1)->kind == TypeKind::Seq && !SupportsEquality(t1)) {
        TypeError(b->rhs->tok, fmt::format("{} can only be applied to expressions of sequence "
                                           "types that support equality (got {}){}",
                                           op, TypeName(t1), EqualityHint(t1)));
      }
      break;
    }
    case ExprKind::SetDisplay:
    case ExprKind::MultisetDisplay:
    case ExprKind::MapDisplay:
    case ExprKind::Tuple:
      CheckEqualityOfType(e->range, type_of(e));
      break;
    case ExprKind::Call: {
      // Ghost parameters take ghost arguments.
      auto* call = static_cast<const CallExpr*>(e);
      const Binding& b = rp_->CalleeOf(call);
      // A datatype value: its type arguments, as Dafny checks a constructor's.
      if (b.datatype && b.ctor >= 0 && !b.ctor_test)
        CheckEqualityOfType(call->callee->tok, type_of(e));
      const std::vector<Var*>* formals = b.function ? &b.function->params
                                         : b.method ? &b.method->ins
                                                    : nullptr;
      if (b.function && IsGhostDecl(b.function)) return;
      if (b.function) CheckEqualityTypeArgs(call);
      CheckEqualityUses(call->callee);
      for (size_t i = 0; i < call->args.size(); ++i) {
        if (formals && i < formals->size() && (*formals)[i]->ghost) continue;
        CheckEqualityUses(call->args[i]);
      }
      return;
    }
    case ExprKind::StmtInExpr:
      CheckEqualityUses(static_cast<const StmtInExprExpr*>(e)->body);
      return;
    case ExprKind::Let: {
      // As Dafny: the types of the compiled variables a let binds.
      auto* l = static_cast<const LetExpr*>(e);
      if (l->ghost) return;
      std::function<void(const Pattern*)> visit = [&](const Pattern* p) {
        if (!p) return;
        if (p->var && !rp_->IsGhost(p->var)) {
          CheckEqualityOfType(p->range, rp_->TypeOf(p->var), p->var->type);
        }
        for (const Pattern* a : p->args) visit(a);
      };
      for (const Pattern* p : l->lhs) visit(p);
      break;
    }
    case ExprKind::Lambda:
      for (const Var* v : static_cast<const LambdaExpr*>(e)->params) {
        CheckEqualityOfType(v->range, rp_->TypeOf(v), v->type);
      }
      break;
    case ExprKind::Quantifier:
    case ExprKind::SetComprehension:
    case ExprKind::MapComprehension: {
      const QuantifierDomain& d = e->kind == ExprKind::Quantifier
                                      ? static_cast<const QuantifierExpr*>(e)->domain
                                  : e->kind == ExprKind::SetComprehension
                                      ? static_cast<const SetComprehensionExpr*>(e)->domain
                                      : static_cast<const MapComprehensionExpr*>(e)->domain;
      for (const BoundVar& bv : d.vars) {
        CheckEqualityOfType(bv.var->range, rp_->TypeOf(bv.var), bv.var->type);
      }
      break;
    }
    case ExprKind::Old:
    case ExprKind::Fresh:
    case ExprKind::Unchanged:
    case ExprKind::Allocated:
      return;
    default:
      break;
  }
  ForEachSubExpr(e, [&](const Expr* x) { CheckEqualityUses(x); });
}

// The type arguments of a compiled call: those for type parameters that need equality must
// support it.
void Resolver::CheckEqualityTypeArgs(const CallExpr* call) {
  const Binding& b = rp_->CalleeOf(call);
  const Decl* callee = b.function ? static_cast<const Decl*>(b.function) : b.method;
  if (!callee || IsGhostDecl(callee)) return;
  compiled_calls_.insert(call);  // for CheckTypeCharacteristics
  const std::vector<TypeParam>* tps = OwnTypeParams(callee);
  if (!tps || tps->size() != b.type_args.size()) return;
  for (size_t i = 0; i < tps->size(); ++i) {
    const Type* formal =
        t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*tps)[i].name, callee);
    bool needs =
        (*tps)[i].characteristics.find("==") != std::string::npos || InferredEquality(formal);
    if (!needs || SupportsEquality(b.type_args[i])) continue;
    TypeError(call->tok,
              fmt::format("type parameter{} ({}) passed to {} {} must support equality (got {}){}",
                          tps->size() == 1 ? "" : fmt::format(" {}", i), (*tps)[i].name,
                          b.function ? "function" : "method", callee->name,
                          TypeName(b.type_args[i]), EqualityHint(b.type_args[i])));
  }
}

// The type of compiled local `v` declared by `var v := rhs`. When rhs is a lambda, Dafny's
// arrow type is the lambda's, so its errors are at the lambda (and at its parameters' types).
void Resolver::CheckEqualityOfLocal(const Var* v, const Expr* rhs) {
  while (rhs && rhs->kind == ExprKind::Paren) rhs = static_cast<const ParenExpr*>(rhs)->inner;
  const Type* t = Walk(rp_->TypeOf(v));
  if (v->type || !rhs || rhs->kind != ExprKind::Lambda || t->kind != TypeKind::Arrow) {
    CheckEqualityOfType(v->range, t, v->type);
    return;
  }
  auto* l = static_cast<const LambdaExpr*>(rhs);
  for (size_t i = 0; i + 1 < t->args.size(); ++i) {
    CheckEqualityOfType(rhs->tok, t->args[i], i < l->params.size() ? l->params[i]->type : nullptr);
  }
  CheckEqualityOfType(rhs->tok, t->args.back());
}

// A compiled local's type: its sets, multisets and maps need elements (keys) with equality.
void Resolver::CheckEqualityOfType(SourceRange at, const Type* t, const TypeExpr* te) {
  if (!t) return;
  t = Walk(t);
  const char* what = t->kind == TypeKind::Set        ? "set"
                     : t->kind == TypeKind::ISet     ? "iset"
                     : t->kind == TypeKind::Multiset ? "multiset"
                     : t->kind == TypeKind::Map      ? "map"
                     : t->kind == TypeKind::IMap     ? "imap"
                                                     : nullptr;
  if (what && !SupportsEquality(t->args[0])) {
    bool map = t->kind == TypeKind::Map || t->kind == TypeKind::IMap;
    TypeError(at, fmt::format("{} {} type must support equality (got {}){}", what,
                              map ? "domain" : "argument", TypeName(t->args[0]),
                              EqualityHint(t->args[0])));
  }
  // Where the type was written, Dafny reports its name there.
  bool written = te && te->kind == TypeExprKind::Named && te->args.size() == t->args.size();
  if (t->kind == TypeKind::UserDefined) {
    SourceRange name_at = at;
    if (written) {
      name_at = SourceRange{te->range.file, te->range.begin,
                            te->range.begin + static_cast<uint32_t>(te->name.size())};
    }
    const std::vector<TypeParam>* tps = TypeParamsOf(t->decl);
    for (size_t i = 0; tps && i < tps->size() && i < t->args.size(); ++i) {
      if ((*tps)[i].characteristics.find("==") == std::string::npos) continue;
      if (SupportsEquality(t->args[i])) continue;
      TypeError(name_at,
                fmt::format("type parameter{} ({}) passed to type {} must support equality "
                            "(got {}){}",
                            t->args.size() == 1 ? "" : fmt::format(" {}", i), (*tps)[i].name,
                            t->decl->name, TypeName(t->args[i]), EqualityHint(t->args[i])));
    }
  }
  for (size_t i = 0; i < t->args.size(); ++i) {
    CheckEqualityOfType(at, t->args[i], written ? te->args[i] : nullptr);
  }
}

}  // namespace dfy::resolve
