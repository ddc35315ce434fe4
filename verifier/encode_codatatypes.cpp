// Codatatypes: values that may be infinite (streams, infinite trees). Z3's datatypes are
// inductive (acyclic), which would contradict `Ones() == Cons(1, Ones())`; so a codatatype is
// an uninterpreted sort with its constructors, discriminators and destructors as functions, as
// Dafny's prelude gives them: each constructor's fields are read back by its destructors, a
// value is built by the constructor its discriminator names, and nothing ranks them (a
// codatatype cannot justify termination). Equality is Z3's, which in the final coalgebra is
// bisimilarity; the coinduction principle is prefix equality (==#[k]): values equal at every
// depth are equal.
#include <fmt/format.h>

#include <functional>

#include "frontend/ast_visit.h"
#include "verifier/encoder.h"

namespace dfy::verify {

const Symbols::DatatypeInfo& Symbols::Codatatype(const Type* t) {
  std::string key = TypeKey(t);
  auto* dt = static_cast<const DatatypeDecl*>(t->decl);
  z3::sort sort = c.uninterpreted_sort(key.c_str());
  // Registered before its fields' sorts are made: they may be this codatatype again.
  DatatypeInfo& info =
      datatypes_
          .emplace(
              key,
              DatatypeInfo{
                  sort, {}, {}, {}, c.function(("DtRank_" + key).c_str(), sort, c.int_sort()), {}})
          .first->second;
  codatatype_sorts_.insert(key);
  for (const DatatypeCtor& ctor : dt->ctors) {
    std::vector<const Type*> ftypes;
    z3::sort_vector domain(c);
    for (const Var* f : ctor.formals) {
      ftypes.push_back(SubstituteParams(rp.types, rp.TypeOf(f), dt, t->args));
      domain.push_back(SortOf(ftypes.back()));
    }
    info.field_types.push_back(ftypes);
    info.ctors.push_back(c.function(fmt::format("{}.{}", key, ctor.name).c_str(), domain, sort));
    info.testers.push_back(
        c.function(fmt::format("{}.{}?", key, ctor.name).c_str(), sort, c.bool_sort()));
    info.accessors.emplace_back();
    for (unsigned i = 0; i < domain.size(); ++i) {
      info.accessors.back().push_back(
          c.function(fmt::format("{}.{}.{}", key, ctor.name, i).c_str(), sort, domain[i]));
    }
  }
  z3::expr d = c.constant("d", sort);
  std::vector<std::vector<z3::expr>> patterns;
  z3::expr some = c.bool_val(false);
  for (size_t i = 0; i < info.ctors.size(); ++i) {
    // C?(C(x)), the other discriminators false on it, and each destructor gives back its field.
    std::vector<z3::expr> xs;
    z3::expr_vector args(c);
    for (unsigned j = 0; j < info.ctors[i].arity(); ++j) {
      xs.push_back(c.constant(fmt::format("x{}", j).c_str(), info.ctors[i].domain(j)));
      args.push_back(xs.back());
    }
    z3::expr value = info.ctors[i](args);
    z3::expr facts = info.testers[i](value);
    for (size_t j = 0; j < info.ctors.size(); ++j) {
      if (j != i) facts = facts && !info.testers[j](value);
    }
    for (size_t j = 0; j < xs.size(); ++j) facts = facts && info.accessors[i][j](value) == xs[j];
    AddAxiom(xs.empty() ? facts : Forall(c, xs, facts, {value}));
    // A value its discriminator names is that constructor applied to its destructors.
    z3::expr_vector parts(c);
    for (const z3::func_decl& a : info.accessors[i]) parts.push_back(a(d));
    AddAxiom(Forall(c, {d}, z3::implies(info.testers[i](d), d == info.ctors[i](parts)),
                    {info.testers[i](d)}));
    patterns.push_back({info.testers[i](d)});
    for (const z3::func_decl& a : info.accessors[i]) patterns.push_back({a(d)});
    some = some || info.testers[i](d);
  }
  // Every value is built by one of the constructors.
  AddAxiom(Quantifier(c, true, {d}, some, patterns));
  return info;
}

bool Symbols::IsCodatatypeSort(const z3::sort& s) const {
  return codatatype_sorts_.count(s.name().str()) > 0;
}

// a ==#[k] b: a and b agree on their first k constructors (Dafny's $PrefixEq), over ORDINAL
// depths, or (`nat`) over natural-number depths as an int. Defined by recursion on k, with the
// axioms that tie it to equality (and the two kinds of depth to each other).
z3::func_decl Symbols::PrefixEquality(const Type* t, bool nat) {
  const DatatypeInfo& info = Datatype(t);
  std::string key = (nat ? "$PrefixEq#nat#" : "$PrefixEq#") + info.sort.name().str();
  if (auto it = prefix_equalities_.find(key); it != prefix_equalities_.end()) return it->second;
  const OrdinalOps& ord = Ordinals();
  z3::sort depth = nat ? c.int_sort() : ord.sort;
  z3::func_decl eq = c.function(key.c_str(), depth, info.sort, info.sort, c.bool_sort());
  prefix_equalities_.emplace(key, eq);
  z3::expr k = c.constant("k", depth), a = c.constant("a", info.sort),
           b = c.constant("b", info.sort);
  z3::expr below = nat ? k - 1 : ord.minus(k, ord.from_nat(c.int_val(1)));
  // At a successor depth: the same constructor, its fields equal (those of this codatatype at
  // depth k - 1).
  z3::expr same = c.bool_val(false);
  for (size_t i = 0; i < info.ctors.size(); ++i) {
    z3::expr fields = info.testers[i](a) && info.testers[i](b);
    for (size_t j = 0; j < info.accessors[i].size(); ++j) {
      z3::expr x = info.accessors[i][j](a), y = info.accessors[i][j](b);
      fields = fields && (z3::eq(x.get_sort(), info.sort) ? eq(below, x, y) : x == y);
    }
    same = same || fields;
  }
  z3::expr self = eq(k, a, b);
  z3::expr def = nat ? z3::implies(0 < k, same) : z3::implies(0 < ord.offset(k), same);
  if (!nat) {
    z3::expr m = c.constant("m", ord.sort);
    def =
        def && z3::implies(ord.offset(k) == 0,
                           Forall(c, {m}, z3::implies(ord.less(m, k), eq(m, a, b)), {eq(m, a, b)}));
  }
  AddAxiom(Forall(c, {k, a, b}, z3::implies(nat ? 0 <= k : c.bool_val(true), self == def), {self}));
  // Equal values are equal at every depth.
  AddAxiom(Forall(c, {k, a, b}, z3::implies(a == b, self), {self}));
  if (nat) {
    z3::func_decl pe = PrefixEquality(t, false);
    z3::expr at = pe(ord.from_nat(k), a, b);
    AddAxiom(Quantifier(c, true, {k, a, b}, z3::implies(0 <= k, self == at), {{self}, {at}}));
  }
  return eq;
}

// a == b on a codatatype, as a function (Dafny's $Eq#): a term the coinduction axiom can be
// triggered by.
z3::func_decl Symbols::CoEquality(const z3::sort& s) {
  std::string key = "$Eq#" + s.name().str();
  if (auto it = prefix_equalities_.find(key); it != prefix_equalities_.end()) return it->second;
  z3::func_decl eq = c.function(key.c_str(), s, s, c.bool_sort());
  prefix_equalities_.emplace(key, eq);
  z3::expr a = c.constant("a", s), b = c.constant("b", s);
  AddAxiom(Forall(c, {a, b}, eq(a, b) == (a == b), {eq(a, b)}));
  return eq;
}

// The coinduction axiom of a codatatype type: made with its prefix equality.
void Symbols::AddCoinduction(const Type* t) {
  z3::func_decl pe = PrefixEquality(t, true);
  z3::func_decl eq = CoEquality(Datatype(t).sort);
  std::string key = "$Coinduction#" + Datatype(t).sort.name().str();
  if (!coinduction_.insert(key).second) return;
  // (Equality is continuous: the natural-number depths decide it.)
  z3::sort s = Datatype(t).sort;
  z3::expr a = c.constant("a", s), b = c.constant("b", s), n = c.int_const("n");
  z3::expr at_n = pe(n, a, b);
  AddAxiom(Forall(c, {a, b},
                  eq(a, b) == Quantifier(c, true, {n}, z3::implies(0 <= n, at_n), {{at_n}}),
                  {eq(a, b)}));
}

// The co-recursive calls of f's body (Dafny's CoCallResolution): calls of functions of f's
// cluster that return a codatatype, in a guarded position (an argument of a codatatype's
// constructor, through branches and lets in the body's value). They need no termination check:
// the value they build is productive, which defines it.
void Lowerer::FindCoCalls(const FunctionDecl* f) {
  auto is_co = [&](const Type* t) {
    t = Underlying(rp_, t);
    return t && t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Datatype &&
           static_cast<const DatatypeDecl*>(t->decl)->co;
  };
  // `result`: e is (part of) the body's value; `guarded`: it is also the argument of a
  // constructor that is.
  // `context`: it is the argument of a constructor that is not the value (where no call can be
  // co-recursive).
  std::function<void(const Expr*, bool, bool, bool)> walk = [&](const Expr* e, bool result,
                                                                bool guarded, bool context) {
    switch (e->kind) {
      case ExprKind::Paren:
        return walk(static_cast<const ParenExpr*>(e)->inner, result, guarded, context);
      case ExprKind::IfThenElse: {
        auto* i = static_cast<const IfThenElseExpr*>(e);
        walk(i->cond, false, false, false);
        walk(i->then_branch, result, guarded, context);
        return walk(i->else_branch, result, guarded, context);
      }
      case ExprKind::Match: {
        auto* m = static_cast<const MatchExpr*>(e);
        walk(m->scrutinee, false, false, false);
        for (const MatchCaseExpr& c : m->cases) walk(c.body, result, guarded, context);
        return;
      }
      case ExprKind::Let: {
        auto* l = static_cast<const LetExpr*>(e);
        for (const Expr* r : l->rhs) walk(r, false, false, false);
        return walk(l->body, result, guarded, context);
      }
      case ExprKind::Call: {
        auto* call = static_cast<const CallExpr*>(e);
        const Binding& b = rp_.CalleeOf(call);
        bool ctor = b.datatype && b.ctor >= 0 && b.datatype->co;
        if (!ctor && b.function && graph_.SameCluster(b.function, f) &&
            is_co(rp_.ResultType(b.function))) {
          // (Only functions without ensures clauses may be called co-recursively: the
          // postcondition of a co-recursive call could not be assumed.)
          if (!guarded) {
            co_call_notes_.emplace(call, context ? vir::Obligation::CallTerminationCoContext
                                                 : vir::Obligation::CallTerminationCoGuard);
          } else if (!b.function->ensures.empty() || !f->ensures.empty()) {
            co_call_notes_.emplace(call, vir::Obligation::CallTerminationCoEnsures);
          } else {
            co_calls_.insert(call);
          }
        }
        for (const Expr* a : call->args) {
          walk(ArgValueExpr(a), ctor && result, ctor && result, ctor && !result);
        }
        return;
      }
      default:
        ForEachSubExpr(e, [&](const Expr* x) { walk(x, false, false, false); });
    }
  };
  if (f->body && is_co(rp_.ResultType(f))) walk(f->body, true, false, false);
}

}  // namespace dfy::verify
