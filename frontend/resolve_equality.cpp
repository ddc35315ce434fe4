// Dafny's equality-support checks of compiled code (its CheckTypeCharacteristicsVisitor): == and
// != between values of a type without equality, `in` on sequences of such elements, and
// compiled locals and displays of sets, multisets and maps whose elements (keys) lack it.
// Ghost code may compare anything.
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
  if (DatatypeOf(t)) {
    for (const Type* a : t->args) {
      if (!SupportsEquality(a)) {
        std::string h = EqualityHint(a);
        if (!h.empty()) return h;
      }
    }
  }
  return "";
}

// Dafny's CanCompareWith: an operand that lets == compile though its type lacks equality.
static bool ComparableValue(const Expr* e) {
  while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  if (e->kind == ExprKind::NullLiteral) return true;
  if (e->kind == ExprKind::SeqDisplay || e->kind == ExprKind::SetDisplay ||
      e->kind == ExprKind::MultisetDisplay) {
    return static_cast<const DisplayExpr*>(e)->elements.empty();
  }
  return false;
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
      if (t0 && t1 && (b->op == BinaryOp::Eq || b->op == BinaryOp::Neq)) {
        if (!ComparableValue(b->lhs) && !ComparableValue(b->rhs)) {
          if (!SupportsEquality(t0)) {
            TypeError(b->lhs->tok, fmt::format("{} can only be applied to expressions of types "
                                               "that support equality (got {}){}",
                                               op, TypeName(t0), EqualityHint(t0)));
          } else if (!SupportsEquality(t1)) {
            TypeError(b->rhs->tok, fmt::format("{} can only be applied to expressions of types "
                                               "that support equality (got {}){}",
                                               op, TypeName(t1), EqualityHint(t1)));
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
      CheckEqualityOfType(e->range, type_of(e));
      break;
    case ExprKind::Call: {
      // Ghost parameters take ghost arguments.
      auto* call = static_cast<const CallExpr*>(e);
      const Binding& b = rp_->CalleeOf(call);
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

// A compiled local's type: its sets, multisets and maps need elements (keys) with equality.
void Resolver::CheckEqualityOfType(SourceRange at, const Type* t) {
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
  for (const Type* a : t->args) CheckEqualityOfType(at, a);
}

}  // namespace dfy::resolve
