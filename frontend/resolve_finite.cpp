// Finite set and map comprehensions (Dafny's bounds discovery, as far as finiteness goes): each
// bound variable of a `set` or `map` comprehension must range over finitely many values that
// Dafny's heuristics find, or the comprehension is a resolution error. A set or map value is
// finite by its type, so an unbounded comprehension would let the verifier prove false.
//
// A variable is bounded by its type (bool, char, a datatype whose constructors have no
// arguments, a reference type, a subset type or newtype whose constraint bounds it), by
// `x <- c`, or by a conjunct of the range: `x in e`, `x == e`, `x <= e` (a set), or a lower and
// an upper bound of an integer. As in Dafny, disjunctions bound nothing and bitvectors and reals
// are not finite.
#include <fmt/format.h>

#include <algorithm>

#include "frontend/ast_visit.h"
#include "frontend/resolver.h"

namespace dfy::resolve {

namespace {

class BoundFinder {
 public:
  explicit BoundFinder(const ResolvedProgram& rp) : rp_(rp) {}

  bool Bounded(const BoundVar& bv, const Expr* range) {
    if (bv.collection) return true;
    const Var* v = bv.var;
    const Type* t = rp_.TypeOf(v);
    if (!t) return true;  // (not resolved: its errors are reported elsewhere)
    std::vector<Atom> conj;
    if (range) Conjuncts(range, conj);
    std::vector<const Var*> names{v};
    // A subset type's or newtype's constraint is part of the range.
    for (int depth = 0; t->kind == TypeKind::UserDefined && depth < 8; ++depth) {
      if (t->decl->kind != DeclKind::SubsetType && t->decl->kind != DeclKind::Newtype) break;
      auto* nt = static_cast<const NewtypeDecl*>(t->decl);
      if (!nt->var || !nt->constraint) break;
      names.push_back(nt->var);
      Conjuncts(nt->constraint, conj);
      const Type* base = rp_.TypeOf(nt->var);
      if (!base) return true;
      t = base;
    }
    switch (t->kind) {
      case TypeKind::Bool:
      case TypeKind::Char:
      case TypeKind::Object:
      case TypeKind::Array:
      case TypeKind::Error:
      case TypeKind::Proxy:
        return true;
      case TypeKind::UserDefined:
        if (t->decl->kind == DeclKind::Class || t->decl->kind == DeclKind::Trait ||
            t->decl->kind == DeclKind::Iterator) {
          return true;
        }
        if (t->decl->kind == DeclKind::Datatype && Enumeration(t->decl)) return true;
        break;
      default:
        break;
    }
    bool integer = t->kind == TypeKind::Int || t->kind == TypeKind::Nat;
    bool lower = t->kind == TypeKind::Nat, upper = false;
    auto is_var = [&](const Expr* e) {
      e = Strip(e);
      if (e->kind != ExprKind::Name) return false;
      const Var* x = rp_.BindingOf(e).var;
      return std::find(names.begin(), names.end(), x) != names.end();
    };
    auto free = [&](const Expr* e) { return !Mentions(e, names); };
    for (const Atom& b : conj) {
      bool l = is_var(b.lhs), r = is_var(b.rhs);
      if (l == r) continue;
      const Expr* other = l ? b.rhs : b.lhs;
      if (!free(other)) continue;
      switch (b.op) {
        case BinaryOp::In:
          if (l) return true;
          break;
        case BinaryOp::Eq:
          return true;
        case BinaryOp::Le:
        case BinaryOp::Lt:
          if (t->kind == TypeKind::Set || t->kind == TypeKind::Multiset) {
            if (l) return true;  // x <= s: a subset of s
            break;
          }
          (l ? upper : lower) = true;
          break;
        case BinaryOp::Ge:
        case BinaryOp::Gt:
          (l ? lower : upper) = true;
          break;
        default:
          break;
      }
    }
    return integer && lower && upper;
  }

 private:
  const ResolvedProgram& rp_;

  static const Expr* Strip(const Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    return e;
  }

  // A comparison among the conjuncts of a range.
  struct Atom {
    BinaryOp op;
    const Expr* lhs;
    const Expr* rhs;
  };

  // The comparisons among the conjuncts of `e`, with `!(a !in b)` as `a in b` and `!(a != b)`
  // as `a == b`.
  static void Conjuncts(const Expr* e, std::vector<Atom>& out) {
    e = Strip(e);
    if (e->kind == ExprKind::Binary) {
      auto* b = static_cast<const BinaryExpr*>(e);
      if (b->op == BinaryOp::And) {
        Conjuncts(b->lhs, out);
        Conjuncts(b->rhs, out);
      } else {
        out.push_back({b->op, b->lhs, b->rhs});
      }
      return;
    }
    if (e->kind != ExprKind::Unary) return;
    auto* u = static_cast<const UnaryExpr*>(e);
    const Expr* inner = Strip(u->operand);
    if (u->op != UnaryOp::Not || inner->kind != ExprKind::Binary) return;
    auto* b = static_cast<const BinaryExpr*>(inner);
    if (b->op == BinaryOp::NotIn) out.push_back({BinaryOp::In, b->lhs, b->rhs});
    if (b->op == BinaryOp::Neq) out.push_back({BinaryOp::Eq, b->lhs, b->rhs});
  }

  bool Mentions(const Expr* e, const std::vector<const Var*>& names) const {
    if (e->kind == ExprKind::Name) {
      const Var* x = rp_.BindingOf(e).var;
      if (std::find(names.begin(), names.end(), x) != names.end()) return true;
    }
    bool found = false;
    ForEachSubExpr(e, [&](const Expr* s) { found = found || Mentions(s, names); });
    return found;
  }

  static bool Enumeration(const Decl* d) {
    auto* dt = static_cast<const DatatypeDecl*>(d);
    if (dt->co) return false;
    for (const DatatypeCtor& c : dt->ctors) {
      if (!c.formals.empty()) return false;
    }
    return true;
  }
};

}  // namespace

void Resolver::CheckFiniteComprehensions() {
  BoundFinder finder(*rp_);
  for (const auto& node : rp_->program.arena.nodes()) {
    auto* e = dynamic_cast<const Expr*>(node.get());
    if (!e) continue;
    const QuantifierDomain* domain = nullptr;
    const char* what = nullptr;
    if (e->kind == ExprKind::SetComprehension) {
      auto* s = static_cast<const SetComprehensionExpr*>(e);
      if (!s->infinite) domain = &s->domain, what = "set";
    } else if (e->kind == ExprKind::MapComprehension) {
      auto* m = static_cast<const MapComprehensionExpr*>(e);
      if (!m->infinite) domain = &m->domain, what = "map";
    }
    if (!domain || rp_->TypeOf(e) == nullptr) continue;
    // (The range of the last variable holds the comprehension's whole range.)
    const Expr* range = nullptr;
    for (const BoundVar& bv : domain->vars) {
      if (bv.range) range = bv.range;
    }
    for (const BoundVar& bv : domain->vars) {
      if (finder.Bounded(bv, range)) continue;
      Error(e->tok, fmt::format("the result of a {} comprehension must be finite, but Dafny's "
                                "heuristics can't figure out how to produce a bounded set of "
                                "values for '{}'",
                                what, bv.var->name));
      break;
    }
  }
}

}  // namespace dfy::resolve
