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
//
// And Dafny's rule on allocation (BoundsDiscoveryVisitor's AllowedToDependOnAllocationState): a
// comprehension or quantifier in a function, a const's value, a subset type or newtype, or a
// lambda (anywhere) must not range over the allocated objects: each bound variable whose type
// may hold references needs a bound that does not depend on the heap (`x in e`, `x == e`, a
// subset or superset bound, an `older` parameter). Otherwise the value of a function would
// change with allocation, which its frame axiom denies (so the verifier could prove false).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

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

  // Whether the bound variable `v` of a comprehension with range `range` has a bound
  // independent of allocation; for a quantifier, among the conjuncts of its logical body
  // (`range ==> body` for forall: the body's in negative positions, `polarity` false). Each
  // variable is bounded by its conjuncts alone (Dafny may order the variables so that one's
  // bound mentions another's; this check never complains where Dafny would not).
  bool AllocFreeBound(const Var* v, const Expr* collection, const Expr* range, const Expr* body,
                      bool polarity) {
    if (collection) return true;
    const Type* t = rp_.TypeOf(v);
    std::set<const Decl*> seen;
    if (!t || !HoldsReferences(t, seen)) return true;
    std::vector<PolarAtom> conj;
    if (range) PolarConjuncts(range, true, conj);
    if (body) PolarConjuncts(body, polarity, conj);
    auto is_v = [&](const Expr* e) {
      e = Strip(e);
      return e->kind == ExprKind::Name && rp_.BindingOf(e).var == v;
    };
    for (const PolarAtom& c : conj) {
      if (c.call) {
        // An argument for an `older` parameter.
        const FunctionDecl* f = rp_.CalleeOf(c.call).function;
        if (!f) continue;
        for (size_t i = 0; i < c.call->args.size() && i < f->params.size(); ++i) {
          if (f->params[i]->is_older && is_v(c.call->args[i])) return true;
        }
        continue;
      }
      BinaryOp op = c.op;
      const Expr *lhs = c.lhs, *rhs = c.rhs;
      bool l = is_v(lhs), r = is_v(rhs);
      if (l == r) continue;
      switch (op) {
        case BinaryOp::In:
          if (l) return true;
          break;
        case BinaryOp::Eq:
        case BinaryOp::Le:  // a subset or superset bound
        case BinaryOp::Ge:
        case BinaryOp::Lt:  // a rank bound (or a proper subset)
        case BinaryOp::Gt:
          return true;
        default:
          break;
      }
    }
    return false;
  }

  // Whether a value of type t may hold object references (Dafny's MayInvolveReferences): a
  // type parameter or opaque type may, unless declared (!new).
  bool HoldsReferences(const Type* t, std::set<const Decl*>& seen) {
    switch (t->kind) {
      case TypeKind::Array:
      case TypeKind::Object:
        return true;
      case TypeKind::TypeParam: {
        // (Within a datatype's constructors, its own parameters stand for the arguments,
        // which are checked on their own.)
        if (t->decl && seen.count(t->decl)) return false;
        const std::vector<TypeParam>* params = nullptr;
        if (!t->decl) {
        } else if (t->decl->kind == DeclKind::Function) {
          params = &static_cast<const FunctionDecl*>(t->decl)->type_params;
        } else if (t->decl->kind == DeclKind::Method) {
          params = &static_cast<const MethodDecl*>(t->decl)->type_params;
        } else {
          params = TypeParamsOf(t->decl);
        }
        if (!params || t->width >= params->size()) return true;
        return (*params)[t->width].characteristics.find("!new") == std::string::npos;
      }
      case TypeKind::UserDefined:
        break;
      case TypeKind::Proxy:
      case TypeKind::Error:
        return false;
      default:
        for (const Type* a : t->args) {
          if (HoldsReferences(a, seen)) return true;
        }
        return false;
    }
    const Decl* d = t->decl;
    switch (d->kind) {
      case DeclKind::Class:
      case DeclKind::Trait:
      case DeclKind::Iterator:
        return true;
      case DeclKind::OpaqueType:
        // (Dafny 4.11 accepts `forall n: Node :: P(n)` in a function for an opaque `type
        // Node(==)`, though its MayInvolveReferences says an opaque type without (!new) may.)
        return false;
      case DeclKind::SubsetType:
      case DeclKind::Newtype: {
        // (A newtype never holds references in Dafny; a subset type holds what its base
        // does, its parameters standing for the arguments, checked first.)
        if (d->kind == DeclKind::Newtype) return false;
        for (const Type* a : t->args) {
          if (HoldsReferences(a, seen)) return true;
        }
        auto* nt = static_cast<const NewtypeDecl*>(d);
        const Type* base = nt->var ? rp_.TypeOf(nt->var) : nullptr;
        if (!base || !seen.insert(d).second) return false;
        return HoldsReferences(base, seen);
      }
      case DeclKind::Datatype:
        break;
      default:
        return false;
    }
    for (const Type* a : t->args) {
      if (HoldsReferences(a, seen)) return true;
    }
    if (!seen.insert(d).second) return false;
    for (const DatatypeCtor& c : static_cast<const DatatypeDecl*>(d)->ctors) {
      for (const Var* f : c.formals) {
        const Type* ft = rp_.TypeOf(f);
        if (!ft || (ft->kind == TypeKind::TypeParam && ft->decl == d)) continue;
        if (HoldsReferences(ft, seen)) return true;
      }
    }
    return false;
  }

 private:
  const ResolvedProgram& rp_;

  struct PolarAtom {
    BinaryOp op = BinaryOp::And;
    const Expr* lhs = nullptr;
    const Expr* rhs = nullptr;
    const CallExpr* call = nullptr;  // a call conjunct (positive only)
  };

  // The comparisons and calls among the conjuncts of `e` in positive (polarity) or negative
  // positions, as Dafny's NormalizedConjuncts: `a ==> b` negated gives a's conjuncts and b's
  // negated ones; a negated `x !in s` is `x in s`, a negated `x != e` is `x == e`.
  static void PolarConjuncts(const Expr* e, bool polarity, std::vector<PolarAtom>& out) {
    e = Strip(e);
    if (e->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(e)->op == UnaryOp::Not) {
      PolarConjuncts(static_cast<const UnaryExpr*>(e)->operand, !polarity, out);
      return;
    }
    if (e->kind == ExprKind::Call) {
      if (polarity)
        out.push_back({BinaryOp::And, nullptr, nullptr, static_cast<const CallExpr*>(e)});
      return;
    }
    if (e->kind != ExprKind::Binary) return;
    auto* b = static_cast<const BinaryExpr*>(e);
    if (polarity) {
      if (b->op == BinaryOp::And) {
        PolarConjuncts(b->lhs, true, out);
        PolarConjuncts(b->rhs, true, out);
      } else {
        out.push_back({b->op, b->lhs, b->rhs, nullptr});
      }
      return;
    }
    switch (b->op) {
      case BinaryOp::Or:
        PolarConjuncts(b->lhs, false, out);
        PolarConjuncts(b->rhs, false, out);
        break;
      case BinaryOp::Implies:
        PolarConjuncts(b->lhs, true, out);
        PolarConjuncts(b->rhs, false, out);
        break;
      case BinaryOp::Explies:
        PolarConjuncts(b->rhs, true, out);
        PolarConjuncts(b->lhs, false, out);
        break;
      case BinaryOp::NotIn:
        out.push_back({BinaryOp::In, b->lhs, b->rhs, nullptr});
        break;
      case BinaryOp::Neq:
        out.push_back({BinaryOp::Eq, b->lhs, b->rhs, nullptr});
        break;
      default:
        break;
    }
  }

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

// The comprehensions and quantifiers that must not depend on allocation, each with the kind
// of the context that forbids it ("function definition", "lambda expression").
class AllocContexts {
 public:
  std::map<const Expr*, std::string> found;

  void Decl(const dfy::Decl* d) {
    switch (d->kind) {
      case DeclKind::Function: {
        auto* f = static_cast<const FunctionDecl*>(d);
        std::string kind = std::string(FunctionFlavorKeyword(f->flavor)) + " definition";
        for (const Spec& r : f->requires_) Walk(r.expr, &kind);
        for (const Expr* r : f->reads) Walk(r, &kind);
        for (const Spec& r : f->ensures) Walk(r.expr, &kind);
        for (const Expr* r : f->decreases) Walk(r, &kind);
        for (const Expr* r : f->defaults) {
          if (r) Walk(r, &kind);
        }
        if (f->body) Walk(f->body, &kind);
        if (f->by_method) WalkStmt(f->by_method, nullptr);
        break;
      }
      case DeclKind::Method: {
        auto* m = static_cast<const MethodDecl*>(d);
        for (const Spec& r : m->requires_) Walk(r.expr, nullptr);
        for (const Spec& r : m->ensures) Walk(r.expr, nullptr);
        for (const Expr* r : m->modifies) Walk(r, nullptr);
        for (const Expr* r : m->decreases) Walk(r, nullptr);
        if (m->body) WalkStmt(m->body, nullptr);
        break;
      }
      case DeclKind::Const: {
        auto* c = static_cast<const ConstDecl*>(d);
        std::string kind = "const field definition";
        if (c->init) Walk(c->init, &kind);
        break;
      }
      case DeclKind::SubsetType:
      case DeclKind::Newtype: {
        auto* nt = static_cast<const NewtypeDecl*>(d);
        std::string kind =
            d->kind == DeclKind::Newtype ? "newtype definition" : "subset type definition";
        if (nt->constraint) Walk(nt->constraint, &kind);
        if (nt->witness) Walk(nt->witness, &kind);
        break;
      }
      default:
        break;
    }
  }

 private:
  void Walk(const Expr* e, const std::string* kind) {
    static const std::string lambda = "lambda expression";
    switch (e->kind) {
      case ExprKind::Lambda:
        kind = &lambda;
        break;
      case ExprKind::Quantifier:
      case ExprKind::SetComprehension:
      case ExprKind::MapComprehension:
        if (kind) found.emplace(e, *kind);
        break;
      default:
        break;
    }
    ForEachSubExpr(e, [&](const Expr* s) { Walk(s, kind); });
  }

  void WalkStmt(const Stmt* s, const std::string* kind) {
    ForEachChild(
        s, [&](const Expr* e) { Walk(e, kind); }, [&](const Stmt* x) { WalkStmt(x, kind); });
  }
};

}  // namespace

bool Resolver::BindingBounded(const std::vector<Var*>& vars, const Expr* guard) {
  BoundFinder finder(*rp_);
  for (Var* v : vars) {
    BoundVar bv;
    bv.var = v;
    if (!finder.Bounded(bv, guard)) return false;
  }
  return true;
}

void Resolver::CheckFiniteComprehensions() {
  BoundFinder finder(*rp_);
  AllocContexts contexts;
  for (const Decl* d : rp_->decls_) contexts.Decl(d);
  for (const auto& node : rp_->program.arena.nodes()) {
    auto* e = dynamic_cast<const Expr*>(node.get());
    if (!e) continue;
    // Dafny's allocation rule first (its order for a comprehension failing both).
    if (auto it = contexts.found.find(e); it != contexts.found.end() && rp_->TypeOf(e)) {
      const QuantifierDomain* domain = nullptr;
      const char* what = nullptr;
      bool polarity = true;
      if (e->kind == ExprKind::Quantifier) {
        auto* q = static_cast<const QuantifierExpr*>(e);
        domain = &q->domain;
        what = q->is_forall ? "forall expression" : "exists expression";
        polarity = !q->is_forall;
      } else if (e->kind == ExprKind::SetComprehension) {
        auto* c = static_cast<const SetComprehensionExpr*>(e);
        domain = &c->domain;
        what = c->infinite ? "iset comprehension" : "set comprehension";
      } else {
        auto* c = static_cast<const MapComprehensionExpr*>(e);
        domain = &c->domain;
        what = c->infinite ? "imap comprehension" : "map comprehension";
      }
      const Expr* range = nullptr;
      for (const BoundVar& bv : domain->vars) {
        if (bv.range) range = bv.range;
      }
      const Expr* body =
          e->kind == ExprKind::Quantifier ? static_cast<const QuantifierExpr*>(e)->body : nullptr;
      for (const BoundVar& bv : domain->vars) {
        if (finder.AllocFreeBound(bv.var, bv.collection, range, body, polarity)) continue;
        const Type* t = rp_->TypeOf(bv.var);
        std::string message = fmt::format(
            "a {} involved in a {} is not allowed to depend on the set of allocated references, "
            "but values of '{}' (of type '{}') may contain references",
            what, it->second, bv.var->name, TypeName(t));
        if (t->kind == TypeKind::TypeParam ||
            (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::OpaqueType)) {
          message += fmt::format(" (perhaps declare its type as '{}(!new)')", TypeName(t));
        }
        message += " (see documentation for 'older' parameters)";
        Error(e->tok, message);
      }
    }
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
