// Types in messages as the user wrote them. Dafny prints a type that comes from a type
// expression with the name written there (`A.D`, `X.C` through an import alias, a synonym's
// name), and a type it builds itself (a constructor's, a literal's) with the declaration's
// name. Types are interned without their spelling, so the spelling is found again from the
// type expression a variable, field or function result was declared with.
#include "frontend/printer.h"
#include "frontend/resolver.h"

namespace dfy::resolve {

std::string Resolver::Spell(const TypeExpr* te, const Type* t) {
  t = Zonk(t);
  if (!te || t->kind == TypeKind::Error) return TypeName(t);
  auto list = [&](size_t begin, size_t end) {
    std::string s;
    for (size_t i = begin; i < end; ++i) {
      s += (i > begin ? ", " : "") + Spell(te->args[i], t->args[i]);
    }
    return s;
  };
  switch (te->kind) {
    case TypeExprKind::Tuple:
      if (te->args.size() == 1) return Spell(te->args[0], t);
      if (t->kind != TypeKind::Tuple || t->args.size() != te->args.size()) return TypeName(t);
      return "(" + list(0, te->args.size()) + ")";
    case TypeExprKind::Arrow: {
      if (t->kind != TypeKind::Arrow || t->args.size() != te->args.size()) return TypeName(t);
      size_t n = t->args.size() - 1;
      std::string params = n == 1 && Walk(t->args[0])->kind != TypeKind::Tuple
                               ? Spell(te->args[0], t->args[0])
                               : "(" + list(0, n) + ")";
      return params + " " + te->arrow + " " + Spell(te->args[n], t->args[n]);
    }
    case TypeExprKind::Named:
      break;
  }
  // Built-in types without arguments (int, nat, string, bv8) print as Dafny names them.
  if (t->args.empty() && t->kind != TypeKind::UserDefined && t->kind != TypeKind::TypeParam) {
    return TypeName(t);
  }
  if (te->args.empty()) {
    // Arguments left out (`set`, `List` in a datatype) are printed as inferred.
    if (t->args.empty()) return te->name;
    std::string s = te->name + "<";
    for (size_t i = 0; i < t->args.size(); ++i) s += (i ? ", " : "") + TypeName(Zonk(t->args[i]));
    return s + ">";
  }
  if (te->args.size() == t->args.size()) return te->name + "<" + list(0, te->args.size()) + ">";
  // A synonym whose arguments are not the expanded type's.
  return PrintType(te);
}

const TypeExpr* Resolver::DeclaredTypeExpr(const Expr* e, const Type* t) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  if (!e) return nullptr;
  const TypeExpr* te = nullptr;
  const Type* declared = nullptr;
  if (e->kind == ExprKind::Name || e->kind == ExprKind::Select) {
    const Binding& b = rp_->BindingOf(e);
    if (b.var) {
      te = b.var->type;
      declared = rp_->TypeOf(b.var);
    } else if (b.member && b.member->kind == DeclKind::Field) {
      te = static_cast<const FieldDecl*>(b.member)->type;
      declared = MemberDeclType(b.member);
    } else if (b.member && b.member->kind == DeclKind::Const) {
      te = static_cast<const ConstDecl*>(b.member)->type;
      declared = MemberDeclType(b.member);
    }
  } else if (e->kind == ExprKind::Call) {
    const Binding& b = rp_->CalleeOf(static_cast<const CallExpr*>(e));
    if (b.function && b.function->type_params.empty()) {
      te = b.function->result_type;
      auto it = rp_->function_result_.find(b.function);
      if (it != rp_->function_result_.end()) declared = it->second;
    }
  }
  // Only when no substitution changed it: an instantiated type is printed as built.
  if (!te || !declared || Zonk(declared) != Zonk(t)) return nullptr;
  return te;
}

std::string Resolver::SpellDeclared(const TypeExpr* te, const Type* declared, const Type* t) {
  return Spell(te && declared && Zonk(declared) == Zonk(t) ? te : nullptr, t);
}

std::string Resolver::SpellExprType(const Expr* e, const Type* t) {
  return Spell(DeclaredTypeExpr(e, t), t);
}

}  // namespace dfy::resolve
