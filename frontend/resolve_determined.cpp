// Dafny's check, once a callable is resolved, that inference determined every type (its
// CheckTypeInferenceVisitor): a variable, an expression, a bound variable or a type argument of
// a call whose type still holds an inference variable is an error, with Dafny's words and at
// Dafny's position. Each inference variable is reported once, at its first place in Dafny's
// order of visit (expressions after their subexpressions, the left side of an assignment before
// its right side, a declaration after the statement that gives it a value).
#include "frontend/refine_impl.h"
#include "frontend/resolver.h"

namespace dfy::resolve {

bool Resolver::IsDetermined(const Type* t) {
  t = Zonk(t);
  if (t->kind == TypeKind::Proxy) return false;
  for (const Type* a : t->args) {
    if (!IsDetermined(a)) return false;
  }
  return true;
}

bool Resolver::CheckDetermined(SourceRange at, const Type* t, const char* what) {
  if (!t) return true;
  t = Zonk(t);
  if (t->kind == TypeKind::Proxy) {
    if (underspecified_.insert(t->width).second) {
      Error(at, fmt::format("the type of this {} is underspecified", what));
    }
    return false;
  }
  for (const Type* a : t->args) {
    if (!CheckDetermined(at, a, what)) return false;
  }
  return true;
}

// The type arguments of a generic function or method `d` at a call or a use as a value: those
// of the type that qualifies it (`C.F()` for a class C<T>), then its own.
void Resolver::CheckTypeArgsDetermined(SourceRange at, const Expr* callee, const Decl* d,
                                       const std::vector<const Type*>& type_args, bool call) {
  std::vector<std::pair<const std::string*, const Type*>> args;
  if (callee && callee->kind == ExprKind::Select) {
    auto q = qualifiers_.find(static_cast<const SelectExpr*>(callee)->object);
    const Type* qt = q == qualifiers_.end() ? nullptr : q->second.type;
    const std::vector<TypeParam>* params = qt && qt->decl ? TypeParamsOf(qt->decl) : nullptr;
    for (size_t i = 0; params && i < params->size() && i < qt->args.size(); ++i) {
      args.emplace_back(&(*params)[i].name, qt->args[i]);
    }
  }
  const std::vector<TypeParam>* own =
      d->kind == DeclKind::Function ? &static_cast<const FunctionDecl*>(d)->type_params
      : d->kind == DeclKind::Method ? &static_cast<const MethodDecl*>(d)->type_params
                                    : nullptr;
  for (size_t i = 0; own && i < own->size() && i < type_args.size(); ++i) {
    args.emplace_back(&(*own)[i].name, type_args[i]);
  }
  for (auto [name, t] : args) {
    if (IsDetermined(t)) continue;
    std::string inferred = TypeName(Zonk(t));
    if (call) {
      Error(at, fmt::format("type parameter '{}' (inferred to be '{}') in the function call to "
                            "'{}' could not be determined",
                            *name, inferred, d->name));
    } else {
      Error(at, fmt::format("type parameter '{}' (inferred to be '{}') to the {} '{}' could not "
                            "be determined",
                            *name, inferred, refine::WhatKind(d), d->name));
    }
  }
}

// A bound variable of a comprehension, quantifier or lambda.
void Resolver::CheckBoundVarDetermined(const Var* v) {
  determined_checked_.insert(v);
  if (!IsDetermined(rp_->TypeOf(v))) {
    Error(v->range, fmt::format("type of bound variable '{}' could not be determined; please "
                                "specify the type explicitly",
                                v->name));
  }
}

void Resolver::CheckBoundVarsDetermined(const QuantifierDomain& domain) {
  for (const BoundVar& bv : domain.vars) CheckBoundVarDetermined(bv.var);
}

void Resolver::CheckPatternVarsDetermined(const Pattern* p) {
  if (!p) return;
  if (p->var) {
    determined_checked_.insert(p->var);
    if (!IsDetermined(rp_->TypeOf(p->var))) {
      Error(
          p->var->range,
          fmt::format("the type of the bound variable '{}' could not be determined", p->var->name));
    }
  }
  for (const Pattern* q : p->args) CheckPatternVarsDetermined(q);
}

void Resolver::CheckExprDetermined(const Expr* e, const std::unordered_set<const Expr*>& callees) {
  const Binding& b = rp_->BindingOf(e);
  if (undetermined_ok_.count(e)) return;
  if (b.is_qualifier) {
    // A generic type naming a static member (Dafny's StaticReceiverExpr).
    for (const Type* t : b.type_args) {
      if (Zonk(t)->kind == TypeKind::Proxy) {
        Error(e->tok,
              "type of type parameter could not be determined; please specify the type "
              "explicitly");
      }
    }
    return;
  }
  switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Select:
      if (b.var && e->kind == ExprKind::Name) {
        CheckDetermined(e->tok, rp_->TypeOf(e), "variable");
        return;
      }
      if (b.function || b.method) {
        // A callee is checked with its call; a function or method used as a value here.
        if (!callees.count(e)) {
          CheckTypeArgsDetermined(e->tok, e,
                                  b.function ? static_cast<const Decl*>(b.function)
                                             : static_cast<const Decl*>(b.method),
                                  b.type_args, false);
        }
        return;
      }
      break;
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(e);
      if (b.method) {
        CheckTypeArgsDetermined(c->callee->tok, c->callee, b.method, b.type_args, false);
        return;
      }
      if (b.function) {
        CheckTypeArgsDetermined(e->tok, c->callee, b.function, b.type_args, true);
        return;
      }
      break;
    }
    case ExprKind::Quantifier:
      CheckBoundVarsDetermined(static_cast<const QuantifierExpr*>(e)->domain);
      return;
    case ExprKind::SetComprehension:
      CheckBoundVarsDetermined(static_cast<const SetComprehensionExpr*>(e)->domain);
      return;
    case ExprKind::MapComprehension:
      CheckBoundVarsDetermined(static_cast<const MapComprehensionExpr*>(e)->domain);
      return;
    case ExprKind::Lambda:
      for (const Var* v : static_cast<const LambdaExpr*>(e)->params) CheckBoundVarDetermined(v);
      return;
    case ExprKind::Let:
      for (const Pattern* p : static_cast<const LetExpr*>(e)->lhs) CheckPatternVarsDetermined(p);
      return;
    case ExprKind::Conversion:
      CheckDetermined(e->tok, rp_->TypeOf(e), "as-expression");
      return;
    case ExprKind::TypeTest:
      return;
    case ExprKind::Unary:
      // Dafny checks no negation (it becomes a literal or a subtraction).
      if (static_cast<const UnaryExpr*>(e)->op == UnaryOp::Negate) return;
      if (CheckDetermined(e->tok, rp_->TypeOf(e), "expression")) {
        auto* operand = static_cast<const UnaryExpr*>(e)->operand;
        CheckDetermined(operand->tok, rp_->TypeOf(operand), "expression");
      }
      return;
    case ExprKind::Cardinality:
      if (CheckDetermined(e->tok, rp_->TypeOf(e), "expression")) {
        auto* operand = static_cast<const CardinalityExpr*>(e)->operand;
        CheckDetermined(operand->tok, rp_->TypeOf(operand), "expression");
      }
      return;
    default:
      break;
  }
  CheckDetermined(e->tok, rp_->TypeOf(e), "expression");
}

void Resolver::CheckTypesDetermined() {
  for (const Expr* f : frame_exprs_) {
    const Type* t = Walk(rp_->TypeOf(f));
    if (!t || t->args.size() != 1) continue;
    if (t->kind == TypeKind::Set || t->kind == TypeKind::ISet || t->kind == TypeKind::Seq ||
        t->kind == TypeKind::Multiset) {
      const Type* element = Walk(t->args[0]);
      if (element->kind == TypeKind::Proxy) {
        Unify(element, t_.Get(TypeKind::Object, {}, 0, {}, nullptr, true));
      }
    }
  }
  std::unordered_set<const Expr*> callees;
  for (const Expr* e : typed_exprs_) {
    if (e->kind == ExprKind::Call) callees.insert(static_cast<const CallExpr*>(e)->callee);
  }
  size_t next = 0;
  auto vars_up_to = [&](size_t at) {
    for (; next < var_checks_.size() && var_checks_[next].at <= at; ++next) {
      const VarCheck& c = var_checks_[next];
      determined_checked_.insert(c.var);
      CheckDetermined(c.var->range, rp_->TypeOf(c.var), c.what);
    }
  };
  for (size_t i = 0; i < typed_exprs_.size(); ++i) {
    vars_up_to(i);
    CheckExprDetermined(typed_exprs_[i], callees);
  }
  vars_up_to(typed_exprs_.size());
}

}  // namespace dfy::resolve
