#include "verifier/intervals.h"

#include <algorithm>
#include <functional>
#include <map>

#include "frontend/ast_visit.h"

namespace dfy::verify {

namespace {

using Bound = std::optional<int64_t>;
// An abstract state: the interval of each tracked variable; absent means unbounded. A state
// that is not `reachable` is bottom.
struct State {
  bool reachable = true;
  std::map<const Var*, Interval> vars;
};

Bound Add(Bound a, Bound b) {
  if (!a || !b) return std::nullopt;
  int64_t r;
  if (__builtin_add_overflow(*a, *b, &r)) return std::nullopt;
  return r;
}

Bound Negate(Bound a) {
  if (!a || *a == INT64_MIN) return std::nullopt;
  return -*a;
}

Interval Top() { return Interval{}; }

Interval Join(const Interval& a, const Interval& b) {
  Interval r;
  if (a.lo && b.lo) r.lo = std::min(*a.lo, *b.lo);
  if (a.hi && b.hi) r.hi = std::max(*a.hi, *b.hi);
  return r;
}

// Widening: a bound that moved is dropped, so the fixpoint is reached in a few rounds.
Interval Widen(const Interval& old, const Interval& now) {
  Interval r;
  if (old.lo && now.lo && *now.lo >= *old.lo) r.lo = old.lo;
  if (old.hi && now.hi && *now.hi <= *old.hi) r.hi = old.hi;
  return r;
}

State JoinStates(const State& a, const State& b) {
  if (!a.reachable) return b;
  if (!b.reachable) return a;
  State r;
  for (const auto& [v, ia] : a.vars) {
    auto it = b.vars.find(v);
    if (it != b.vars.end()) r.vars[v] = Join(ia, it->second);
  }
  return r;
}

class Analyzer {
 public:
  Analyzer(const ResolvedProgram& rp, LoopBounds& out) : rp_(rp), out_(out) {}

  Interval Eval(const State& s, const Expr* e) {
    switch (e->kind) {
      case ExprKind::IntLiteral: {
        const std::string& t = static_cast<const LiteralExpr*>(e)->text;
        if (t.size() > 18 || t.starts_with("0x")) return Top();
        int64_t v = std::stoll(t);
        return Interval{v, v};
      }
      case ExprKind::Paren:
        return Eval(s, static_cast<const ParenExpr*>(e)->inner);
      case ExprKind::Name: {
        const Var* v = rp_.BindingOf(e).var;
        if (!v) return Top();
        auto it = s.vars.find(v);
        if (it != s.vars.end()) return it->second;
        return rp_.TypeOf(v)->kind == TypeKind::Nat ? Interval{0, std::nullopt} : Top();
      }
      case ExprKind::Unary: {
        auto* u = static_cast<const UnaryExpr*>(e);
        if (u->op != UnaryOp::Negate) return Top();
        Interval i = Eval(s, u->operand);
        return Interval{Negate(i.hi), Negate(i.lo)};
      }
      case ExprKind::Binary: {
        auto* b = static_cast<const BinaryExpr*>(e);
        if (b->op == BinaryOp::Add || b->op == BinaryOp::Sub) {
          Interval l = Eval(s, b->lhs), r = Eval(s, b->rhs);
          if (b->op == BinaryOp::Sub) r = Interval{Negate(r.hi), Negate(r.lo)};
          return Interval{Add(l.lo, r.lo), Add(l.hi, r.hi)};
        }
        return Top();
      }
      default:
        break;
    }
    if (rp_.TypeOf(e)->kind == TypeKind::Nat) return Interval{0, std::nullopt};
    return Top();
  }

  // Refines `s` by assuming `cond` (comparisons of a variable with a constant expression).
  void Assume(State& s, const Expr* cond, bool truth) {
    while (cond->kind == ExprKind::Paren) cond = static_cast<const ParenExpr*>(cond)->inner;
    if (cond->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(cond)->op == UnaryOp::Not) {
      return Assume(s, static_cast<const UnaryExpr*>(cond)->operand, !truth);
    }
    if (cond->kind != ExprKind::Binary) return;
    auto* b = static_cast<const BinaryExpr*>(cond);
    if ((b->op == BinaryOp::And && truth) || (b->op == BinaryOp::Or && !truth)) {
      Assume(s, b->lhs, truth);
      Assume(s, b->rhs, truth);
      return;
    }
    BinaryOp op = b->op;
    if (!truth) {
      switch (op) {
        case BinaryOp::Lt:
          op = BinaryOp::Ge;
          break;
        case BinaryOp::Le:
          op = BinaryOp::Gt;
          break;
        case BinaryOp::Gt:
          op = BinaryOp::Le;
          break;
        case BinaryOp::Ge:
          op = BinaryOp::Lt;
          break;
        case BinaryOp::Eq:
          op = BinaryOp::Neq;
          break;
        case BinaryOp::Neq:
          op = BinaryOp::Eq;
          break;
        default:
          return;
      }
    }
    Refine(s, b->lhs, op, Eval(s, b->rhs));
    BinaryOp flipped = op == BinaryOp::Lt   ? BinaryOp::Gt
                       : op == BinaryOp::Le ? BinaryOp::Ge
                       : op == BinaryOp::Gt ? BinaryOp::Lt
                       : op == BinaryOp::Ge ? BinaryOp::Le
                                            : op;
    Refine(s, b->rhs, flipped, Eval(s, b->lhs));
  }

  void Refine(State& s, const Expr* side, BinaryOp op, const Interval& other) {
    while (side->kind == ExprKind::Paren) side = static_cast<const ParenExpr*>(side)->inner;
    if (side->kind != ExprKind::Name) return;
    const Var* v = rp_.BindingOf(side).var;
    if (!v || !IsIntBased(rp_.TypeOf(v))) return;
    Interval cur = Eval(s, side);
    switch (op) {
      case BinaryOp::Lt:
        if (other.hi) cur.hi = cur.hi ? std::min(*cur.hi, *other.hi - 1) : *other.hi - 1;
        break;
      case BinaryOp::Le:
        if (other.hi) cur.hi = cur.hi ? std::min(*cur.hi, *other.hi) : *other.hi;
        break;
      case BinaryOp::Gt:
        if (other.lo) cur.lo = cur.lo ? std::max(*cur.lo, *other.lo + 1) : *other.lo + 1;
        break;
      case BinaryOp::Ge:
        if (other.lo) cur.lo = cur.lo ? std::max(*cur.lo, *other.lo) : *other.lo;
        break;
      case BinaryOp::Eq:
        if (other.lo) cur.lo = cur.lo ? std::max(*cur.lo, *other.lo) : *other.lo;
        if (other.hi) cur.hi = cur.hi ? std::min(*cur.hi, *other.hi) : *other.hi;
        break;
      default:
        return;
    }
    if (cur.lo && cur.hi && *cur.lo > *cur.hi) {
      s.reachable = false;
      return;
    }
    s.vars[v] = cur;
  }

  void Set(State& s, const Var* v, const Interval& i) {
    if (v && IsIntBased(rp_.TypeOf(v))) s.vars[v] = i;
  }

  void AssignAll(State& s, const std::vector<const Var*>& targets, const std::vector<Expr*>& rhs) {
    bool call = rhs.size() == 1 && rhs[0]->kind == ExprKind::Call &&
                rp_.CalleeOf(static_cast<const CallExpr*>(rhs[0])).method;
    std::vector<Interval> values;
    for (size_t i = 0; i < targets.size(); ++i) {
      values.push_back(!call && i < rhs.size() ? Eval(s, rhs[i]) : Top());
    }
    for (size_t i = 0; i < targets.size(); ++i) Set(s, targets[i], values[i]);
  }

  // The local variables `st` may assign, at any depth.
  void AssignedIn(const dfy::Stmt* st, std::vector<const Var*>& out) {
    auto lhs = [&](const std::vector<Expr*>& targets) {
      for (const Expr* l : targets) {
        if (const Var* v = rp_.BindingOf(l).var) out.push_back(v);
      }
    };
    switch (st->kind) {
      case StmtKind::Assign:
        lhs(static_cast<const AssignStmt*>(st)->lhs);
        break;
      case StmtKind::AssignSuchThat:
        lhs(static_cast<const AssignSuchThatStmt*>(st)->lhs);
        break;
      case StmtKind::AssignOrReturn:
        lhs(static_cast<const AssignOrReturnStmt*>(st)->lhs);
        break;
      default:
        break;
    }
    ForEachChild(
        st, [](const Expr*) {}, [&](const dfy::Stmt* x) { AssignedIn(x, out); });
  }

  // Forgets what is known of each variable `st` may assign: the transfer of a statement the
  // analysis does not model.
  void Havoc(State& s, const dfy::Stmt* st) {
    std::vector<const Var*> assigned;
    AssignedIn(st, assigned);
    for (const Var* v : assigned) s.vars.erase(v);
  }

  State Stmts(State s, const std::vector<dfy::Stmt*>& stmts) {
    for (const dfy::Stmt* x : stmts) s = Stmt(s, x);
    return s;
  }

  State Stmt(State s, const dfy::Stmt* st) {
    if (!s.reachable) return s;
    switch (st->kind) {
      case StmtKind::Block:
        return Stmts(s, static_cast<const BlockStmt*>(st)->stmts);
      case StmtKind::VarDecl: {
        auto* vd = static_cast<const VarDeclStmt*>(st);
        std::vector<const Var*> targets(vd->vars.begin(), vd->vars.end());
        AssignAll(s, targets, vd->rhs);
        return s;
      }
      case StmtKind::Assign: {
        auto* as = static_cast<const AssignStmt*>(st);
        std::vector<const Var*> targets;
        for (const Expr* l : as->lhs) targets.push_back(rp_.BindingOf(l).var);
        AssignAll(s, targets, as->rhs);
        return s;
      }
      case StmtKind::If: {
        auto* is = static_cast<const IfStmt*>(st);
        State then_state = s, else_state = s;
        if (is->cond) {
          Assume(then_state, is->cond, true);
          Assume(else_state, is->cond, false);
        }
        then_state = Stmt(then_state, is->then_branch);
        if (is->else_branch) else_state = Stmt(else_state, is->else_branch);
        return JoinStates(then_state, else_state);
      }
      case StmtKind::AlternativeIf: {
        // Each case from its guard; the state before is kept too (no case assumed to apply).
        State out = s;
        for (const GuardedAlternative& alt : static_cast<const AlternativeIfStmt*>(st)->cases) {
          State branch = s;
          if (alt.bound_vars.empty() && alt.guard) Assume(branch, alt.guard, true);
          out = JoinStates(out, Stmts(branch, alt.body));
        }
        return out;
      }
      case StmtKind::Match: {
        State out;
        out.reachable = false;
        for (const MatchCaseStmt& c : static_cast<const MatchStmt*>(st)->cases) {
          out = JoinStates(out, Stmts(s, c.body));
        }
        return out;
      }
      case StmtKind::While: {
        auto* loop = static_cast<const WhileStmt*>(st);
        return Loop(s, loop, "", loop->cond, loop->body, nullptr, Top());
      }
      case StmtKind::For:
        return For(s, static_cast<const ForStmt*>(st), "");
      case StmtKind::Label: {
        auto* l = static_cast<const LabelStmt*>(st);
        if (!l->body) return s;
        if (l->body->kind == StmtKind::While) {
          auto* loop = static_cast<const WhileStmt*>(l->body);
          return Loop(s, loop, l->label, loop->cond, loop->body, nullptr, Top());
        }
        if (l->body->kind == StmtKind::For) {
          return For(s, static_cast<const ForStmt*>(l->body), l->label);
        }
        return Stmt(s, l->body);
      }
      case StmtKind::Break:
      case StmtKind::Continue: {
        // The state goes to the loop's exit or head; this path ends here.
        auto* b = static_cast<const BreakStmt*>(st);
        LoopContext* target = nullptr;
        if (!b->label.empty()) {
          for (size_t i = loops_.size(); i-- > 0 && !target;) {
            if (loops_[i].label == b->label) target = &loops_[i];
          }
        } else if (static_cast<size_t>(b->count) <= loops_.size()) {
          target = &loops_[loops_.size() - b->count];
        }
        if (!target) {
          // (Not a loop the analysis entered: give up on every enclosing one.)
          for (LoopContext& l : loops_) l.lost = true;
        } else if (st->kind == StmtKind::Continue) {
          target->continues = JoinStates(target->continues, s);
        } else {
          target->breaks = JoinStates(target->breaks, s);
        }
        s.reachable = false;
        return s;
      }
      case StmtKind::Return: {
        State dead;
        dead.reachable = false;
        return dead;
      }
      case StmtKind::Assume:
      case StmtKind::Assert:
        // Boogie's analysis sees the assumptions (an assert is assumed after it is checked).
        Assume(s, static_cast<const PredicateStmt*>(st)->expr, true);
        return s;
      default:
        Havoc(s, st);
        return s;
    }
  }

  State For(const State& s, const ForStmt* loop, const std::string& label) {
    // The index ranges over [lo, hi) (`to`) or [hi, lo) (`downto`, from lo - 1 down), the
    // bounds evaluated once, before the loop.
    Interval first = Eval(s, loop->lo);
    Interval last = loop->hi->kind == ExprKind::Wildcard ? Top() : Eval(s, loop->hi);
    Interval index = loop->down ? Interval{last.lo, Add(first.hi, Bound(-1))}
                                : Interval{first.lo, Add(last.hi, Bound(-1))};
    State exit = Loop(s, loop, label, nullptr, loop->body, loop->var, index);
    exit.vars.erase(loop->var);
    return exit;
  }

  // A loop: `cond` (null: none) holds at each iteration; in a for loop, `index` is the interval of
  // its variable `var` in the body.
  State Loop(State entry, const dfy::Stmt* loop, const std::string& label, const Expr* cond,
             const BlockStmt* loop_body, const Var* var, const Interval& index) {
    std::vector<const Var*> assigned;
    if (loop_body) AssignedIn(loop_body, assigned);
    if (!loop_body) {
      // A body-less loop changes what its guard and invariants mention (its loop frame): forget
      // every variable they name.
      std::function<void(const Expr*)> names = [&](const Expr* x) {
        if (x->kind == ExprKind::Name) {
          if (const Var* v = rp_.BindingOf(x).var) entry.vars.erase(v);
        }
        ForEachSubExpr(x, names);
      };
      if (cond) names(cond);
      if (loop->kind == StmtKind::While) {
        auto* w = static_cast<const WhileStmt*>(loop);
        for (const Spec& inv : w->invariants) names(inv.expr);
        for (const Expr* d : w->decreases) names(d);
      } else {
        auto* f = static_cast<const ForStmt*>(loop);
        for (const Spec& inv : f->specs.invariants) names(inv.expr);
        for (const Expr* d : f->specs.decreases) names(d);
      }
      if (var) entry.vars.erase(var);
    }
    loops_.push_back(LoopContext{label});
    // One pass of the body from the head state `head`: the next head state.
    auto iterate = [&](const State& head) {
      LoopContext& ctx = loops_.back();
      ctx.breaks = ctx.continues = State{false, {}};
      State body = head;
      if (cond) Assume(body, cond, true);
      if (var) Set(body, var, index);
      if (loop_body) body = Stmt(body, loop_body);
      return JoinStates(JoinStates(entry, body), loops_.back().continues);
    };
    State head = entry;
    bool stable = false;
    for (int round = 0; round < 16 && !stable; ++round) {
      State next = iterate(head);
      stable = next.vars.size() == head.vars.size();
      for (auto& [v, i] : next.vars) {
        auto it = head.vars.find(v);
        Interval w = it == head.vars.end() ? i : Widen(it->second, i);
        if (it == head.vars.end() || !(w == it->second)) stable = false;
        i = w;
      }
      head = next;
    }
    if (stable) {
      // Narrowing, as Boogie's analysis recovers the bounds widening dropped: from an invariant
      // of the loop head, one more pass of the body (without widening) gives another, at least
      // as tight; `while i < 3 { i := i + 1; }` gets back its `i <= 3`.
      for (int round = 0; round < 2; ++round) head = iterate(head);
    }
    LoopContext ctx = std::move(loops_.back());
    loops_.pop_back();
    if (!stable || ctx.lost) {
      // No invariant found: nothing is known of what the loop assigns.
      head = entry;
      for (const Var* v : assigned) head.vars.erase(v);
      ctx.breaks = head;
    }
    auto& bounds = out_[loop];
    bounds.clear();  // an enclosing loop analyses this one again each round; the last one counts
    for (const Var* v : assigned) {
      auto it = head.vars.find(v);
      if (it != head.vars.end() && (it->second.lo || it->second.hi)) {
        bounds.emplace_back(v, it->second);
      }
    }
    State exit = head;
    if (cond) Assume(exit, cond, false);
    return JoinStates(exit, ctx.breaks);
  }

 private:
  // The loops around the statement analysed: where a break or continue sends its state.
  struct LoopContext {
    std::string label;
    State breaks{false, {}};
    State continues{false, {}};
    bool lost = false;  // a jump out of it to somewhere the analysis does not follow
  };

  const ResolvedProgram& rp_;
  LoopBounds& out_;
  std::vector<LoopContext> loops_;
};

}  // namespace

LoopBounds InferLoopBounds(const ResolvedProgram& rp, const MethodDecl& method) {
  LoopBounds bounds;
  if (!method.body) return bounds;
  Analyzer analyzer(rp, bounds);
  State start;
  for (const Spec& req : method.requires_) analyzer.Assume(start, req.expr, true);
  analyzer.Stmt(start, method.body);
  return bounds;
}

}  // namespace dfy::verify
