// Dafny's check of the first division of a constructor body (the statements before `new;`, or
// the whole body when there is none): until `new;` the object is not allocated, so `this` may
// only be used to assign to its fields. After Dafny's CheckDividedConstructorInitVisitor.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "frontend/resolver.h"

namespace dfy::resolve {

namespace {

constexpr const char* kMessage =
    "in the first division of the constructor body (before 'new;'), 'this' can only be used to "
    "assign to its fields";

class FirstDivisionChecker {
 public:
  explicit FirstDivisionChecker(Resolver& r) : r_(r) {}

  // One statement of the first division: as Visit, except for assignments to fields of `this`.
  void Check(const Stmt* s) {
    for (const Attribute& a : s->attributes) {
      for (const Expr* x : a.args) Visit(x);
    }
    switch (s->kind) {
      case StmtKind::Assign: {
        auto* a = static_cast<const AssignStmt*>(s);
        if (a->lhs.size() != a->rhs.size() || IsMethodCall(a->rhs[0])) {
          // A method call (Dafny's CallStmt): its left-hand sides are visited too.
          for (const Expr* e : a->lhs) Visit(e);
          for (const Expr* e : a->rhs) Visit(e);
          return;
        }
        for (size_t i = 0; i < a->lhs.size(); ++i) AssignPair(a->lhs[i], a->rhs[i]);
        return;
      }
      case StmtKind::AssignSuchThat:
        // Dafny visits the predicate, not the left-hand sides.
        Visit(static_cast<const AssignSuchThatStmt*>(s)->expr);
        return;
      case StmtKind::AssignOrReturn: {
        // Desugared by Dafny into `tmp := rhs; ... lhs := tmp.Extract();`.
        auto* a = static_cast<const AssignOrReturnStmt*>(s);
        for (const Expr* e : a->rhs) Visit(e);
        for (size_t i = 0; i < a->lhs.size(); ++i) {
          if (i > 0 || !ThisField(a->lhs[i])) Visit(a->lhs[i]);
        }
        return;
      }
      case StmtKind::Reveal:
        return;
      default: {
        // As Dafny: the statement's expressions (a loop's specification before its guard or
        // bounds), then its statements.
        std::vector<const Expr*> exprs;
        std::vector<const Stmt*> stmts;
        ForEachChild(
            s, [&](const Expr* e) { exprs.push_back(e); },
            [&](const Stmt* x) { stmts.push_back(x); });
        size_t guards = s->kind == StmtKind::While
                            ? (static_cast<const WhileStmt*>(s)->cond ? 1 : 0)
                        : s->kind == StmtKind::For ? 2
                                                   : 0;
        std::rotate(exprs.begin(),
                    exprs.begin() + static_cast<long>(std::min(guards, exprs.size())), exprs.end());
        for (const Expr* e : exprs) Visit(e);
        for (const Stmt* x : stmts) Check(x);
      }
    }
  }

 private:
  void AssignPair(const Expr* lhs, const Expr* rhs) {
    if (!ThisField(lhs)) {
      Visit(lhs);
      Visit(rhs);
    } else if (rhs->kind == ExprKind::New || rhs->kind == ExprKind::Wildcard) {
      Visit(rhs);
    } else {
      // The value goes to a field of `this`, unavailable until `new;`: `this` may flow into it.
      Liberal(rhs);
    }
  }

  static const Expr* StripParens(const Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    return e;
  }

  // The member `e` names with an implicit `this` (a NameExpr bound to an instance member of a
  // class or trait), or null.
  const Decl* ImplicitThisMember(const Expr* e) const {
    if (e->kind != ExprKind::Name) return nullptr;
    const Binding& b = r_.rp_->BindingOf(e);
    if (b.var || !b.member || IsStaticMember(b.member)) return nullptr;
    const Decl* owner = r_.rp_->OwnerOf(b.member);
    if (!owner || (owner->kind != DeclKind::Class && owner->kind != DeclKind::Trait)) {
      return nullptr;
    }
    return b.member;
  }

  // The member `e` selects from `this` (written `this.m`), or null.
  const Decl* ThisSelectMember(const Expr* e) const {
    if (e->kind != ExprKind::Select) return nullptr;
    auto* s = static_cast<const SelectExpr*>(e);
    if (StripParens(s->object)->kind != ExprKind::This) return nullptr;
    return r_.rp_->BindingOf(e).member;
  }

  static bool IsField(const Decl* d) {
    return d && (d->kind == DeclKind::Field || d->kind == DeclKind::Const) && !IsStaticMember(d);
  }

  // Dafny's IsInstanceIndependentConstant: a const with a value.
  static bool IndependentConst(const Decl* d) {
    return d && d->kind == DeclKind::Const && static_cast<const ConstDecl*>(d)->init;
  }

  // `this.f` or `f` for a field or const f of `this`.
  bool ThisField(const Expr* e) const {
    e = StripParens(e);
    return IsField(ImplicitThisMember(e)) || IsField(ThisSelectMember(e));
  }

  bool IsMethodCall(const Expr* e) const {
    return e->kind == ExprKind::Call &&
           r_.rp_->CalleeOf(static_cast<const CallExpr*>(e)).method != nullptr;
  }

  // Every use of `this`, explicit or implicit, is an error, except the values of consts.
  void Visit(const Expr* e) {
    switch (e->kind) {
      case ExprKind::This:
        r_.Error(e->tok, kMessage);
        return;
      case ExprKind::Name:
        if (const Decl* m = ImplicitThisMember(e); m && !IndependentConst(m)) {
          r_.Error(e->tok, kMessage);
        }
        return;
      case ExprKind::Select: {
        const Decl* m = ThisSelectMember(e);
        // A static member selected through `this` still evaluates `this` (Dafny's
        // StaticReceiverExpr with an object to discard).
        if (m && IndependentConst(m) && !IsStaticMember(m)) return;
        break;
      }
      case ExprKind::FieldFrame:
        if (auto* f = static_cast<const FieldFrameExpr*>(e); !f->object) {
          // `f: the implicit `this` is at the field's name (the frame's last token).
          SourceRange at = f->range;
          if (at.end >= f->field.size()) at.begin = at.end - static_cast<uint32_t>(f->field.size());
          r_.Error(at, kMessage);
          return;
        }
        break;
      default:
        break;
    }
    ForEachSubExpr(e, [&](const Expr* x) { Visit(x); });
  }

  bool IsCollectionOp(const BinaryExpr* b) const {
    const Type* t = r_.rp_->TypeOf(b->lhs);
    if (!t) return false;
    switch (r_.Shape(t)->kind) {
      case TypeKind::Set:
      case TypeKind::ISet:
      case TypeKind::Multiset:
        return b->op == BinaryOp::Add || b->op == BinaryOp::Sub || b->op == BinaryOp::Mul;
      case TypeKind::Seq:
      case TypeKind::String:
        return b->op == BinaryOp::Add;
      case TypeKind::Map:
      case TypeKind::IMap:
        return b->op == BinaryOp::Add || b->op == BinaryOp::Sub;
      default:
        return false;
    }
  }

  // The value assigned to a field of `this`: `this` and its fields may occur in it, inside
  // displays, collection operations, datatype values and the branches of if-then-else.
  void Liberal(const Expr* e) {
    switch (e->kind) {
      case ExprKind::Paren:
      case ExprKind::SeqDisplay:
      case ExprKind::MapDisplay:
      case ExprKind::Tuple:
      case ExprKind::NamedArg:
        break;
      case ExprKind::SetDisplay:
      case ExprKind::MultisetDisplay:
        if (static_cast<const DisplayExpr*>(e)->from_collection) return Visit(e);
        break;
      case ExprKind::This:
        return;
      case ExprKind::Name:
        if (IsField(ImplicitThisMember(e))) return;
        return Visit(e);
      case ExprKind::Select:
        if (IsField(ThisSelectMember(e))) return;
        return Visit(e);
      case ExprKind::Binary:
        if (!IsCollectionOp(static_cast<const BinaryExpr*>(e))) return Visit(e);
        break;
      case ExprKind::Call: {
        const Binding& b = r_.rp_->CalleeOf(static_cast<const CallExpr*>(e));
        if (!b.datatype || b.ctor < 0 || b.destructor >= 0 || b.ctor_test) return Visit(e);
        for (const Expr* a : static_cast<const CallExpr*>(e)->args) Liberal(a);
        return;
      }
      case ExprKind::IfThenElse: {
        auto* ite = static_cast<const IfThenElseExpr*>(e);
        Visit(ite->cond);
        Liberal(ite->then_branch);
        Liberal(ite->else_branch);
        return;
      }
      default:
        return Visit(e);
    }
    ForEachSubExpr(e, [&](const Expr* x) { Liberal(x); });
  }

  Resolver& r_;
};

}  // namespace

// A field that a class without a constructor leaves without a value: a mutable field or a
// const without a value, whose type has no value known (for a ghost field, any value; for a
// compiled one, a compilable one). `s` substitutes the owner's type parameters.
const Decl* Resolver::FieldWithoutInitializer(const Decl* owner, const Subst& s) {
  const auto* members = MembersOf(owner);
  if (!members) return nullptr;
  for (const Decl* d : *members) {
    bool field = d->kind == DeclKind::Field && !static_cast<const FieldDecl*>(d)->is_static;
    bool bare_const = d->kind == DeclKind::Const && !static_cast<const ConstDecl*>(d)->is_static &&
                      !static_cast<const ConstDecl*>(d)->init;
    if (!field && !bare_const) continue;
    const Type* t = rp_->MemberType(d);
    AutoInit need = d->ghost ? AutoInit::Nonempty : AutoInit::Compilable;
    if (t && AutoInitOf(Substitute(t, s)) < need) return d;
  }
  return nullptr;
}

// Dafny's check that a class declaring no constructor has a value for each field (its own, then
// its traits'), reported at the class's name.
void Resolver::CheckClassNeedsConstructor(const TypeInfo* ti) {
  auto* cl = static_cast<const ClassDecl*>(ti->decl);
  for (const Decl* d : cl->members) {
    if (d->kind == DeclKind::Method &&
        static_cast<const MethodDecl*>(d)->flavor == MethodFlavor::Constructor) {
      return;
    }
  }
  const Decl* field = FieldWithoutInitializer(cl, {});
  Subst subst;
  // The traits it extends, nearest first, each with its type parameters substituted.
  std::vector<const Type*> todo(ti->parents.begin(), ti->parents.end());
  std::set<const Decl*> seen;
  for (size_t i = 0; !field && i < todo.size(); ++i) {
    const Type* parent = todo[i];
    if (!parent || parent->kind != TypeKind::UserDefined || !seen.insert(parent->decl).second) {
      continue;
    }
    subst = ReceiverSubst(parent);
    field = FieldWithoutInitializer(parent->decl, subst);
    if (TypeInfo* pi = InfoOf(parent->decl)) {
      for (const Type* g : pi->parents) todo.push_back(Substitute(g, subst));
    }
  }
  if (!field) return;
  Error(cl->name_range,
        fmt::format("class '{}' with fields without known initializers, like '{}' of type '{}', "
                    "must declare a constructor",
                    cl->name, field->name, TypeName(Substitute(rp_->MemberType(field), subst))));
}

void Resolver::CheckConstructorFirstDivisions(const std::vector<TypeInfo*>& types) {
  FirstDivisionChecker checker(*this);
  for (TypeInfo* ti : types) {
    if (ti->decl->kind != DeclKind::Class) continue;
    CheckClassNeedsConstructor(ti);
    for (const Decl* d : static_cast<const ClassDecl*>(ti->decl)->members) {
      if (d->kind != DeclKind::Method) continue;
      auto* m = static_cast<const MethodDecl*>(d);
      if (m->flavor != MethodFlavor::Constructor || !m->body) continue;
      size_t end = m->new_divider < 0 ? m->body->stmts.size() : static_cast<size_t>(m->new_divider);
      for (size_t i = 0; i < end && i < m->body->stmts.size(); ++i)
        checker.Check(m->body->stmts[i]);
    }
  }
}

}  // namespace dfy::resolve
