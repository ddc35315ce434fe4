// Quantifiers, set and map comprehensions and `:|` over finite domains: each bound variable is
// enumerated from a bound found in its range (lo <= x < hi for an int, x in C for a
// collection, both values of a bool), and the whole range is tested for each candidate.
#include <fmt/format.h>

#include <algorithm>

#include "backend/emitter.h"
#include "frontend/ast_visit.h"

namespace dfy::backend {

namespace {

const Expr* Strip(const Expr* e) {
  while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  return e;
}

// The conjuncts of e (a && b && ...), and of the antecedent of an implication when
// `antecedent` (forall x :: lo <= x < hi ==> p).
void Conjuncts(const Expr* e, std::vector<const Expr*>& out, bool antecedent) {
  if (!e) return;
  e = Strip(e);
  if (e->kind == ExprKind::Binary) {
    auto* b = static_cast<const BinaryExpr*>(e);
    if (b->op == BinaryOp::And) {
      Conjuncts(b->lhs, out, antecedent);
      Conjuncts(b->rhs, out, antecedent);
      return;
    }
    if (antecedent && b->op == BinaryOp::Implies) {
      Conjuncts(b->lhs, out, false);
      return;
    }
  }
  out.push_back(e);
}

// The conjuncts of not-e, as far as they are memberships `x !in C` (Dafny finds the bounds of
// `forall x :: P` in `!P`: `forall x :: x !in s` ranges over s). `lo <= x ==> x !in s` gives
// `x !in s` here (and `lo <= x` to Conjuncts).
void NegatedMemberships(const Expr* e, std::vector<const Expr*>& out) {
  if (!e) return;
  e = Strip(e);
  if (e->kind != ExprKind::Binary) return;
  auto* b = static_cast<const BinaryExpr*>(e);
  if (b->op == BinaryOp::Implies) {
    NegatedMemberships(b->rhs, out);
  } else if (b->op == BinaryOp::Or) {
    NegatedMemberships(b->lhs, out);
    NegatedMemberships(b->rhs, out);
  } else if (b->op == BinaryOp::NotIn) {
    out.push_back(e);
  }
}

bool IsVar(const Expr* e, const Var* v, const ResolvedProgram& rp) {
  e = Strip(e);
  return e->kind == ExprKind::Name && rp.BindingOf(e).var == v;
}

bool Mentions(const Expr* e, const std::set<const Var*>& vars, const ResolvedProgram& rp) {
  if (e->kind == ExprKind::Name && vars.count(rp.BindingOf(e).var)) return true;
  bool found = false;
  ForEachSubExpr(e, [&](const Expr* s) { found = found || Mentions(s, vars, rp); });
  return found;
}

}  // namespace

bool Emitter::EnumerateDomain(const QuantifierDomain& d, const dfy::Expr* extra,
                              const std::function<void()>& inner, bool allow_infinite,
                              bool forall_body, const char* such_that, SourceRange such_that_at) {
  std::vector<const dfy::Expr*> conj;
  for (const BoundVar& bv : d.vars) Conjuncts(bv.range, conj, false);
  Conjuncts(extra, conj, true);
  // Memberships that bound a forall through its negated body: `x !in C` (below, as `x in C`).
  std::vector<const dfy::Expr*> negated;
  if (forall_body) NegatedMemberships(extra, negated);
  std::set<const Var*> later;
  for (const BoundVar& bv : d.vars) later.insert(bv.var);
  // How each bound variable is enumerated: a loop head (or a block binding one value), a line
  // binding the variable in it, and whether the loop is infinite (only for `:|`, which Dafny
  // lets search half-bounded and unbounded integers, as its own compiler does).
  struct Plan {
    std::string head, bind;
    bool infinite = false;
  };
  std::vector<Plan> plans;
  std::vector<const Var*> missing;
  for (const BoundVar& bv : d.vars) {
    const Var* v = bv.var;
    later.erase(v);
    std::string name = var_alias_.count(v) ? var_alias_[v] : CppName(v->name);
    const Type* t = BaseOf(rp_.TypeOf(v));
    std::string type = CppType(rp_.TypeOf(v), v->range);
    std::set<const Var*> self_and_later = later;
    self_and_later.insert(v);
    auto usable = [&](const dfy::Expr* bound) { return !Mentions(bound, self_and_later, rp_); };
    Plan plan;
    std::string& loop = plan.head;
    if (bv.collection) {
      // (A multiset or map iterates over its (element, count) or (key, value) pairs.)
      const Type* ct = BaseOf(rp_.TypeOf(bv.collection));
      bool pairs = ct && (ct->kind == TypeKind::Multiset || ct->kind == TypeKind::Map ||
                          ct->kind == TypeKind::IMap);
      loop = pairs ? fmt::format("for ({}const auto& [{}, {}] : {}) {{", UnusedMark(v), name,
                                 Fresh("unused"), Expr(bv.collection))
                   : fmt::format("for ({}{} const& {} : {}) {{", UnusedMark(v), type, name,
                                 Expr(bv.collection));
    }
    // x == E: the one value E (Dafny's exact bound, which it prefers to any other).
    for (const dfy::Expr* c : conj) {
      if (!loop.empty()) break;
      if (c->kind != ExprKind::Binary) continue;
      auto* b = static_cast<const BinaryExpr*>(c);
      if (b->op != BinaryOp::Eq) continue;
      bool lhs_is = IsVar(b->lhs, v, rp_), rhs_is = IsVar(b->rhs, v, rp_);
      if (lhs_is == rhs_is) continue;
      const dfy::Expr* other = lhs_is ? b->rhs : b->lhs;
      if (!usable(other)) continue;
      loop = "{";
      plan.bind = fmt::format("{} const {} = {};", type, name, ExprAs(other, rp_.TypeOf(v)));
    }
    // x in C, and x !in C in a forall's negated body.
    std::vector<const dfy::Expr*> memberships = conj;
    memberships.insert(memberships.end(), negated.begin(), negated.end());
    for (const dfy::Expr* c : memberships) {
      if (!loop.empty()) break;
      if (c->kind != ExprKind::Binary) continue;
      auto* b = static_cast<const BinaryExpr*>(c);
      bool in =
          b->op == BinaryOp::In || (b->op == BinaryOp::NotIn &&
                                    std::find(negated.begin(), negated.end(), c) != negated.end());
      if (!in || !IsVar(b->lhs, v, rp_) || !usable(b->rhs)) continue;
      const Type* ct = BaseOf(rp_.TypeOf(b->rhs));
      if (!ct) continue;
      if (ct->kind == TypeKind::Set || ct->kind == TypeKind::Seq || ct->kind == TypeKind::String) {
        loop = fmt::format("for ({}{} const& {} : {}) {{", UnusedMark(v), type, name, Expr(b->rhs));
      } else if (ct->kind == TypeKind::Multiset || ct->kind == TypeKind::Map) {
        loop = fmt::format("for ({}const auto& [{}, {}] : {}) {{", UnusedMark(v), name,
                           Fresh("unused"), Expr(b->rhs));
      }
    }
    if (loop.empty() && t && t->kind == TypeKind::Bool) {
      loop = fmt::format("for ({}bool {} : {{false, true}}) {{", UnusedMark(v), name);
    }
    // A datatype whose constructors are all nullary has finitely many values: each of them.
    if (loop.empty() && t && t->kind == TypeKind::UserDefined && t->decl &&
        t->decl->kind == DeclKind::Datatype) {
      auto* dt = static_cast<const DatatypeDecl*>(t->decl);
      bool finite = !dt->ctors.empty();
      for (const DatatypeCtor& c : dt->ctors) finite = finite && c.formals.empty();
      if (finite) {
        std::vector<std::string> values;
        for (size_t i = 0; i < dt->ctors.size(); ++i)
          values.push_back(type + "::" + CtorName(dt, i) + "()");
        loop = fmt::format("for ({}{} const& {} : {{{}}}) {{", UnusedMark(v), type, name,
                           Join(values));
      }
    }
    // A char ranges over the Unicode scalar values (skipping the surrogates), as in Dafny.
    if (loop.empty() && t && t->kind == TypeKind::Char) {
      loop = fmt::format(
          "for (char32_t {0} = 0; {0} < 0x110000; {0} = {0} == 0xD7FF ? 0xE000 : {0} + 1) {{",
          name);
    }
    // A native integer (a bounded newtype or a bitvector) counts in a wider integer, so that a
    // range ending at the type's maximum does not wrap around.
    const NativeInt* native = Native(rp_.TypeOf(v));
    std::string& bind = plan.bind;
    if (loop.empty() && t && (t->kind == TypeKind::Int || native)) {
      std::string lo, hi;
      for (const dfy::Expr* c : conj) {
        if (c->kind != ExprKind::Binary) continue;
        auto* b = static_cast<const BinaryExpr*>(c);
        bool lhs_is = IsVar(b->lhs, v, rp_), rhs_is = IsVar(b->rhs, v, rp_);
        if (lhs_is == rhs_is) continue;
        const dfy::Expr* other = lhs_is ? b->rhs : b->lhs;
        if (!usable(other)) continue;
        std::string o = Expr(other);
        switch (b->op) {
          case BinaryOp::Le:  // other <= x  |  x <= other
            if (rhs_is && lo.empty()) lo = o;
            if (lhs_is && hi.empty()) hi = "(" + o + " + 1)";
            break;
          case BinaryOp::Lt:
            if (rhs_is && lo.empty()) lo = "(" + o + " + 1)";
            if (lhs_is && hi.empty()) hi = o;
            break;
          case BinaryOp::Ge:  // x >= other  |  other >= x
            if (lhs_is && lo.empty()) lo = o;
            if (rhs_is && hi.empty()) hi = "(" + o + " + 1)";
            break;
          case BinaryOp::Gt:
            if (lhs_is && lo.empty()) lo = "(" + o + " + 1)";
            if (rhs_is && hi.empty()) hi = o;
            break;
          default:
            break;
        }
      }
      // A nat (or a subset type of nat) starts at 0.
      if (lo.empty() && IsNatType(rp_.TypeOf(v))) lo = "0";
      if (hi.empty()) {
        // x < y (or x <= y) with y a later bound variable: y's upper bound bounds x too (a
        // superset of x's values is fine, since the whole range is tested for each).
        std::function<std::string(const Var*, int)> upper = [&](const Var* x,
                                                                int depth) -> std::string {
          if (depth > 8) return "";
          for (const dfy::Expr* c : conj) {
            if (c->kind != ExprKind::Binary) continue;
            auto* b = static_cast<const BinaryExpr*>(c);
            const dfy::Expr* other = nullptr;
            bool strict = false;
            if ((b->op == BinaryOp::Lt || b->op == BinaryOp::Le) && IsVar(b->lhs, x, rp_)) {
              other = b->rhs;
              strict = b->op == BinaryOp::Lt;
            } else if ((b->op == BinaryOp::Gt || b->op == BinaryOp::Ge) && IsVar(b->rhs, x, rp_)) {
              other = b->lhs;
              strict = b->op == BinaryOp::Gt;
            }
            if (!other) continue;
            if (usable(other)) return strict ? Expr(other) : "(" + Expr(other) + " + 1)";
            const dfy::Expr* o = Strip(other);
            if (o->kind == ExprKind::Name && later.count(rp_.BindingOf(o).var)) {
              std::string h = upper(rp_.BindingOf(o).var, depth + 1);
              if (!h.empty()) return h;
            }
          }
          return "";
        };
        hi = upper(v, 0);
      }
      if (native) {
        // Otherwise unbounded sides are bounded by the type.
        auto min = [&] {
          if (!native->is_signed) return std::string("0");
          return fmt::format("(-(static_cast<__int128>(1) << {}))", native->bits - 1);
        };
        int top = native->bv >= 0 ? native->bv : native->bits - (native->is_signed ? 1 : 0);
        if (lo.empty()) lo = min();
        if (hi.empty()) hi = fmt::format("(static_cast<__int128>(1) << {})", top);
      }
      if (!lo.empty() && !hi.empty() && native) {
        std::string i = Fresh("i"), end = Fresh("hi");
        loop =
            fmt::format("for (__int128 {0} = {1}, {2} = {3}; {0} < {2}; ++{0}) {{", i, lo, end, hi);
        bind = fmt::format("{0} const {1} = static_cast<{0}>({2});", type, name, i);
      } else if (!lo.empty() && !hi.empty()) {
        std::string end = Fresh("hi");
        loop = fmt::format("for ({0} {1} = {2}, {3} = {4}; {1} < {3}; {1} += 1) {{", type, name, lo,
                           end, hi);
      } else if (allow_infinite && !lo.empty()) {
        loop = fmt::format("for ({0} {1} = {2};; {1} += 1) {{", type, name, lo);
        plan.infinite = true;
      } else if (allow_infinite && !hi.empty()) {
        loop = fmt::format("for ({0} {1} = {2} - 1;; {1} -= 1) {{", type, name, hi);
        plan.infinite = true;
      } else if (allow_infinite) {
        // 0, 1, -1, 2, -2, ...
        loop = fmt::format("for ({0} {1} = 0;; {1} = {1} > 0 ? -{1} : 1 - {1}) {{", type, name);
        plan.infinite = true;
      }
    }
    if (loop.empty() && such_that) {
      missing.push_back(v);
      continue;
    }
    if (loop.empty()) {
      Unsupported(v->range, "quantifiers, comprehensions and ':|' over unbounded ranges");
      return false;
    }
    plans.push_back(std::move(plan));
  }
  if (!missing.empty()) {
    for (const Var* v : missing) {
      Error(such_that_at, fmt::format("this {} is too advanced for the current compiler; Dafny's "
                                      "heuristics cannot find any bound for variable '{}'",
                                      such_that, v->name));
    }
    return false;
  }
  int opened = 0;
  // Several variables of which one ranges over an infinite domain: as Dafny does, search with
  // a limit on the values of each that doubles until the search succeeds.
  bool limited = plans.size() > 1 &&
                 std::any_of(plans.begin(), plans.end(), [](const Plan& p) { return p.infinite; });
  std::string limit;
  if (limited) {
    limit = Fresh("limit");
    Line(fmt::format("for (dfy::Int {0} = 5;; {0} *= 2) {{", limit));
    ++indent_;
    ++opened;
  }
  for (const Plan& plan : plans) {
    std::string left;
    if (limited) {
      left = Fresh("left");
      Line(fmt::format("dfy::Int {} = {};", left, limit));
    }
    Line(plan.head);
    ++indent_;
    ++opened;
    if (limited) {
      Line(fmt::format("if ({} == 0) break;", left));
      Line(fmt::format("{} -= 1;", left));
    }
    if (!plan.bind.empty()) Line(plan.bind);
  }
  std::vector<std::string> ranges;
  for (const BoundVar& bv : d.vars) {
    if (bv.range) ranges.push_back(Expr(bv.range));
  }
  if (!ranges.empty()) {
    Line("if (" + Join(ranges, " && ") + ") {");
    ++indent_;
    ++opened;
  }
  inner();
  while (opened-- > 0) {
    --indent_;
    Line("}");
  }
  return true;
}

std::string Emitter::Quantifier(const QuantifierExpr* q) {
  return Iife(rp_.types.Bool(), q->tok, [&] {
    std::string test = Expr(q->body);
    EnumerateDomain(
        q->domain, q->body,
        [&] {
          Line(q->is_forall ? "if (!" + test + ") return false;"
                            : "if (" + test + ") return true;");
        },
        false, q->is_forall);
    Line(q->is_forall ? "return true;" : "return false;");
  });
}

std::string Emitter::SetComprehension(const SetComprehensionExpr* s) {
  const Type* t = rp_.TypeOf(s);
  return Iife(t, s->tok, [&] {
    std::string result = Fresh("set");
    Line(CppType(t, s->tok) + " " + result + ";");
    EnumerateDomain(s->domain, nullptr, [&] {
      std::string term = s->term
                             ? Expr(s->term)
                             : (s->domain.vars.empty() ? "" : CppName(s->domain.vars[0].var->name));
      Line(result + ".Insert(" + term + ");");
    });
    Line("return " + result + ";");
  });
}

std::string Emitter::MapComprehension(const MapComprehensionExpr* m) {
  const Type* t = rp_.TypeOf(m);
  return Iife(t, m->tok, [&] {
    std::string result = Fresh("map");
    Line(CppType(t, m->tok) + " " + result + ";");
    EnumerateDomain(m->domain, nullptr, [&] {
      std::string key = m->key
                            ? Expr(m->key)
                            : (m->domain.vars.empty() ? "" : CppName(m->domain.vars[0].var->name));
      Line(fmt::format("{0} = std::move({0}).Update({1}, {2});", result, key, Expr(m->value)));
    });
    Line("return " + result + ";");
  });
}

void Emitter::EmitAssignSuchThat(const std::vector<const Var*>& vars,
                                 const std::vector<std::string>& lhs, const dfy::Expr* pred,
                                 SourceRange at, const std::string& found, const char* what) {
  QuantifierDomain d;
  // The aliases the variables had (a shadowing local's C++ name), restored after the search.
  std::map<const Var*, std::string> saved;
  for (const Var* v : vars) {
    if (var_alias_.count(v)) saved[v] = var_alias_[v];
    BoundVar bv;
    bv.var = const_cast<Var*>(v);
    d.vars.push_back(bv);
    var_alias_[v] = Fresh("pick");
  }
  int id = next_target_++;
  Line("{");
  ++indent_;
  bool ok = EnumerateDomain(
      d, pred,
      [&] {
        Line("if (" + Expr(pred) + ") {");
        for (size_t i = 0; i < vars.size(); ++i)
          Line("  " + lhs[i] + " = " + var_alias_[vars[i]] + ";");
        if (!found.empty()) Line("  " + found + " = true;");
        Line(fmt::format("  goto _picked{};", id));
        Line("}");
      },
      /*allow_infinite=*/found.empty(), /*forall_body=*/false, found.empty() ? what : nullptr, at);
  for (const Var* v : vars) var_alias_.erase(v);
  for (const auto& [v, alias] : saved) var_alias_[v] = alias;
  if (ok && found.empty()) {
    // Verified code cannot get here: the verifier proved that a value exists.
    Line("dfy::Unreachable();");
  }
  --indent_;
  Line("}");
  Line(fmt::format("_picked{}:;", id));
}

}  // namespace dfy::backend
