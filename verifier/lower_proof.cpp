// Proof statements: calc, forall statements and assignments such that (x :| p).
#include <fmt/format.h>

#include <functional>

#include "frontend/ast_visit.h"
#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

namespace {

// The relation a chain of calculation steps establishes: the first one that is not ==, made
// strict by any strict step in the same direction.
BinaryOp Compose(BinaryOp a, BinaryOp b) {
  if (a == BinaryOp::Eq) return b;
  if (b == BinaryOp::Eq) return a;
  if ((a == BinaryOp::Lt && b == BinaryOp::Le) || (a == BinaryOp::Le && b == BinaryOp::Lt)) {
    return BinaryOp::Lt;
  }
  if ((a == BinaryOp::Gt && b == BinaryOp::Ge) || (a == BinaryOp::Ge && b == BinaryOp::Gt)) {
    return BinaryOp::Gt;
  }
  if (a == BinaryOp::Iff) return b;
  if (b == BinaryOp::Iff) return a;
  return a;  // the same operator twice
}

}  // namespace

z3::expr Lowerer::Relate(BinaryOp op, const z3::expr& a, const z3::expr& b, const Type* t) {
  switch (op) {
    case BinaryOp::Eq:
    case BinaryOp::Iff:
      return EqualValues(a, b, t);
    case BinaryOp::Neq:
      return !EqualValues(a, b, t);
    case BinaryOp::Lt:
      return a < b;
    case BinaryOp::Le:
      return a <= b;
    case BinaryOp::Gt:
      return a > b;
    case BinaryOp::Ge:
      return a >= b;
    case BinaryOp::Implies:
      return z3::implies(a, b);
    case BinaryOp::Explies:
      return z3::implies(b, a);
    default:
      throw std::logic_error("verifier: calc operator");
  }
}

void Lowerer::LowerCalc(const CalcStmt* s) {
  z3::expr yes = c_.bool_val(true);
  BinaryOp default_op = s->has_op ? s->op.op : BinaryOp::Eq;
  const Expr* prev = nullptr;
  for (const CalcStep& step : s->steps) {
    if (!step.line) continue;
    BinaryOp op = step.has_op ? step.op.op : default_op;
    // Each step is checked in a branch of its own, after its hints; the lines are checked
    // well formed there too.
    vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
    vir::Block* check = NewBranch(choice);
    NewBranch(choice);
    vir::Block* parent = cur_;
    Env saved = env_;
    cur_ = check;
    terminated_ = false;
    for (const Stmt* h : step.hints) {
      if (terminated_) break;
      LowerStmt(h);
    }
    if (!terminated_) {
      WellFormed(step.line, yes, false);
      if (prev) {
        Assert(Obligation::CalcStep, step.line->tok,
               Relate(op, TrAsserted(prev), TrAsserted(step.line), rp_.TypeOf(step.line)));
      }
      Assume(c_.bool_val(false));
    }
    terminated_ = false;
    cur_ = parent;
    env_ = saved;
    cur_->cmds.push_back(std::move(choice));
    prev = step.line;
  }
  if (auto conclusion = CalcConclusion(s, env_)) Assume(*conclusion);
}

// What a calculation proves: its first line related to its last by the composition of its
// steps' operators (none for fewer than two lines).
std::optional<z3::expr> Lowerer::CalcConclusion(const CalcStmt* s, const Env& env) {
  BinaryOp default_op = s->has_op ? s->op.op : BinaryOp::Eq;
  BinaryOp result = BinaryOp::Eq;
  const Expr* first = nullptr;
  const Expr* prev = nullptr;
  for (const CalcStep& step : s->steps) {
    if (!step.line) continue;
    if (prev) result = Compose(result, step.has_op ? step.op.op : default_op);
    if (!first) first = step.line;
    prev = step.line;
  }
  if (!first || !prev || first == prev) return std::nullopt;
  z3::expr layer = sym_.BaseLayer();
  return Relate(result, Tr(first, env, layer), Tr(prev, env, layer), rp_.TypeOf(first));
}

// The conclusion of a forall statement without ensures clauses, in the environment of its
// bound variables, as Dafny infers it: a body that is one lemma call concludes the callee's
// postconditions, one calc statement its conclusion; any other body concludes nothing.
z3::expr Lowerer::ForallInferredConclusion(const ForallStmt* s, const Env& inner) {
  z3::expr yes = c_.bool_val(true);
  if (!s->body || s->body->stmts.size() != 1) return yes;
  const Stmt* only = s->body->stmts[0];
  if (only->kind == StmtKind::Calc) {
    return CalcConclusion(static_cast<const CalcStmt*>(only), inner).value_or(yes);
  }
  if (only->kind != StmtKind::Call) return yes;
  const CallExpr* call = static_cast<const CallStmt*>(only)->call;
  const MethodDecl* m = rp_.CalleeOf(call).method;
  if (!m) return yes;
  z3::expr layer = sym_.BaseLayer();
  std::optional<z3::expr> receiver;
  if (sym_.HasReceiver(m)) receiver = Receiver(call->callee, inner, layer);
  Symbols::Instance inst = InstanceOf(rp_.CalleeOf(call), call->callee);
  std::vector<z3::expr> args = ArgValues(
      BoundArgs(call->args, m->ins), {&m->ins, &m->defaults, m, inst, receiver}, inner, layer,
      [&](size_t, const Expr* a) { return Tr(a, inner, layer); }, false);
  Env saved = env_;
  env_ = inner;
  Env callee = BindFormals(m->ins, args);
  if (receiver) callee.insert_or_assign(&this_var_, *receiver);
  env_ = saved;
  Symbols::SubstScope scope(sym_, m, inst);
  z3::expr post = yes;
  for (const Spec& ens : m->ensures) post = post && Tr(ens.expr, callee, layer);
  return post;
}

// forall x | R ensures E { S }: S proves E for an arbitrary x in R; then E holds for all.
const AssignStmt* ForallArrayUpdate(const ResolvedProgram& rp, const ForallStmt* s) {
  if (!s->body || s->body->stmts.size() != 1 || s->domain.vars.size() != 1 || !s->ensures.empty()) {
    return nullptr;
  }
  const Stmt* only = s->body->stmts[0];
  if (only->kind != StmtKind::Assign) return nullptr;
  auto* a = static_cast<const AssignStmt*>(only);
  if (a->lhs.size() != 1 || a->rhs.size() != 1 || a->lhs[0]->kind != ExprKind::Index)
    return nullptr;
  auto* ix = static_cast<const IndexExpr*>(a->lhs[0]);
  const Type* t = rp.TypeOf(ix->seq);
  if (!t || t->kind != TypeKind::Array || ix->indices.size() != 1) return nullptr;
  const Expr* i = ix->indices[0];
  while (i->kind == ExprKind::Paren) i = static_cast<const ParenExpr*>(i)->inner;
  const Var* x = s->domain.vars[0].var;
  if (i->kind != ExprKind::Name || rp.BindingOf(i).var != x) return nullptr;
  // The array itself must not depend on the bound variable.
  bool mentions = false;
  std::function<void(const Expr*)> find = [&](const Expr* e) {
    mentions = mentions || (e->kind == ExprKind::Name && rp.BindingOf(e).var == x);
    ForEachSubExpr(e, find);
  };
  find(ix->seq);
  const Expr* r = a->rhs[0];
  if (mentions || r->kind == ExprKind::New || r->kind == ExprKind::Wildcard) return nullptr;
  return a;
}

// forall x | R(x) { a[x] := E(x); }: every check of the assignment for an arbitrary x in the
// range, then the array's new elements at once (E evaluated in the state before).
void Lowerer::LowerForallArrayUpdate(const ForallStmt* s, const AssignStmt* assign) {
  z3::expr yes = c_.bool_val(true);
  auto* lhs = static_cast<const IndexExpr*>(assign->lhs[0]);
  const Expr* rhs = assign->rhs[0];
  const Var* x = s->domain.vars[0].var;
  const Expr* range = s->domain.vars[0].range;
  vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
  vir::Block* check = NewBranch(choice);
  NewBranch(choice);
  vir::Block* parent = cur_;
  Env saved = env_;
  cur_ = check;
  Havoc(x);
  if (range) {
    WellFormed(range, yes);
    Assume(Tr(range));
  }
  WellFormed(lhs->seq, yes);
  WellFormed(rhs, yes);
  LowerArrayAssign(lhs, Tr(rhs), rhs);
  Assume(c_.bool_val(false));
  cur_ = parent;
  env_ = saved;
  cur_->cmds.push_back(std::move(choice));
  // The update.
  const Type* t = rp_.TypeOf(lhs->seq);
  size_t part = sym_.ArrayPart(t);
  z3::expr h = HeapValue(part, env_);
  z3::expr a = Tr(lhs->seq);
  z3::expr j = sym_.Fresh(x->name, rp_.TypeOf(x));
  Env inner = env_;
  inner.insert_or_assign(x, j);
  z3::expr in = BoundRange(rp_.TypeOf(x), j);
  if (range) in = in && Tr(range, inner, sym_.BaseLayer());
  z3::expr value = Tr(rhs, inner, sym_.BaseLayer());
  z3::expr next = c_.constant(
      fmt::format("{}#{}", sym_.HeapParts()[part].name, sym_.NextId()).c_str(), h.get_sort());
  z3::expr row = z3::select(next, a);
  Assume(Forall(c_, {j}, z3::select(row, j) == z3::ite(in, value, z3::select(z3::select(h, a), j)),
                {z3::select(row, j)}));
  z3::expr o = sym_.Fresh("$o", rp_.types.Get(TypeKind::Object));
  Assume(Forall(c_, {o}, z3::implies(o != a, z3::select(next, o) == z3::select(h, o)),
                {z3::select(next, o)}));
  env_.insert_or_assign(HeapVar(part), next);
}

void Lowerer::LowerForall(const ForallStmt* s) {
  if (const AssignStmt* assign = ForallArrayUpdate(rp_, s)) {
    LowerForallArrayUpdate(s, assign);
    return;
  }
  z3::expr yes = c_.bool_val(true);
  vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
  vir::Block* check = NewBranch(choice);
  NewBranch(choice);
  vir::Block* parent = cur_;
  Env saved = env_;
  cur_ = check;
  terminated_ = false;
  for (const BoundVar& bv : s->domain.vars) Havoc(bv.var);
  for (const BoundVar& bv : s->domain.vars) {
    if (!bv.range) continue;
    WellFormed(bv.range, yes);
    Assume(Tr(bv.range));
  }
  if (s->body) LowerBlock(s->body);
  if (!terminated_) {
    for (const Spec& e : s->ensures) {
      WellFormed(e.expr, yes);
      for (const Conjunct& part : Conjuncts(e.expr)) {
        Assert(Obligation::ForallPostcondition, part->tok, TrAsserted(part));
      }
    }
    Assume(c_.bool_val(false));
  }
  terminated_ = false;
  cur_ = parent;
  env_ = saved;
  cur_->cmds.push_back(std::move(choice));
  // The conclusion, quantified over the bound variables.
  Env inner = env_;
  std::vector<z3::expr> bound;
  z3::expr range = yes;
  for (const BoundVar& bv : s->domain.vars) {
    z3::expr x = sym_.Fresh(bv.var->name, rp_.TypeOf(bv.var));
    bound.push_back(x);
    inner.insert_or_assign(bv.var, x);
    range = range && BoundRange(rp_.TypeOf(bv.var), x);
  }
  for (const BoundVar& bv : s->domain.vars) {
    if (bv.range) range = range && Tr(bv.range, inner, sym_.BaseLayer());
  }
  z3::expr post = yes;
  for (const Spec& e : s->ensures) post = post && Tr(e.expr, inner, sym_.BaseLayer());
  if (s->ensures.empty()) post = ForallInferredConclusion(s, inner);
  if (post.is_true()) return;
  z3::expr matrix = z3::implies(range, post);
  if (bound.empty()) {
    Assume(matrix);
    return;
  }
  // Without a trigger the fact is still true, but Z3 may never use it; Dafny warns likewise.
  std::vector<std::vector<z3::expr>> patterns;
  for (const z3::expr& t : CollectTriggers(matrix, bound)) patterns.push_back({t});
  Assume(Quantifier(c_, true, bound, matrix, patterns));
}

// Dafny's guesses for the values of a such-that (GenerateAndCheckGuesses, GuessWitnesses):
// `body` (the predicate over the values `xs`, their type constraints included) with some of
// the variables replaced by guesses, the others quantified: false and true for a bool, 0 for an
// integer, and the bounds body's conjuncts give it (x >= e, x < e, x == e ...; e not naming
// x). As Dafny's, the last variable's guesses first, an earlier one's guessed in what they
// leave. The disjunction of them, to be asserted besides `exists xs :: body`.
z3::expr Lowerer::SuchThatGuesses(const std::vector<z3::expr>& xs, const z3::expr& body) {
  struct Partial {
    z3::expr body;
    std::vector<z3::expr> quantified;
  };
  // (The combinations grow as a product: a bound keeps them few.)
  const size_t kMaxGuesses = 64;
  auto guesses_for = [&](const z3::expr& x, const z3::expr& b) {
    std::vector<z3::expr> out;
    if (x.is_bool()) {
      out.push_back(c_.bool_val(false));
      out.push_back(c_.bool_val(true));
      return out;
    }
    if (!x.is_int()) return out;
    out.push_back(c_.int_val(0));
    std::function<void(const z3::expr&)> conjuncts = [&](const z3::expr& e) {
      if (!e.is_app()) return;
      Z3_decl_kind k = e.decl().decl_kind();
      if (k == Z3_OP_AND) {
        for (unsigned i = 0; i < e.num_args(); ++i) conjuncts(e.arg(i));
        return;
      }
      if (e.num_args() != 2) return;
      if (k != Z3_OP_LE && k != Z3_OP_GE && k != Z3_OP_LT && k != Z3_OP_GT && k != Z3_OP_EQ) {
        return;
      }
      z3::expr l = e.arg(0), r = e.arg(1);
      bool x_left = z3::eq(l, x);
      if (!x_left && !z3::eq(r, x)) return;
      z3::expr t = x_left ? r : l;
      if (!t.is_int() || Mentions(t, x)) return;
      // x <= t and t >= x give t; x < t gives t - 1; x > t gives t + 1.
      bool upper = x_left ? (k == Z3_OP_LE || k == Z3_OP_LT) : (k == Z3_OP_GE || k == Z3_OP_GT);
      bool strict = k == Z3_OP_LT || k == Z3_OP_GT;
      if (k == Z3_OP_EQ || !strict) {
        out.push_back(t);
      } else {
        out.push_back(upper ? t - 1 : t + 1);
      }
    };
    conjuncts(b);
    return out;
  };
  std::function<std::vector<Partial>(size_t, const z3::expr&)> partial =
      [&](size_t i, const z3::expr& b) -> std::vector<Partial> {
    if (i == xs.size()) return {Partial{b, {}}};
    std::vector<Partial> out;
    for (const Partial& p : partial(i + 1, b)) {
      if (out.size() >= kMaxGuesses) break;
      const z3::expr& x = xs[i];
      if (!Mentions(p.body, x)) {
        out.push_back(p);
        continue;
      }
      Partial q = p;
      q.quantified.insert(q.quantified.begin(), x);
      out.push_back(q);
      for (const z3::expr& g : guesses_for(x, p.body)) {
        z3::expr_vector from(c_), to(c_);
        from.push_back(x);
        to.push_back(g);
        out.push_back(Partial{z3::expr(p.body).substitute(from, to), p.quantified});
      }
    }
    return out;
  };
  z3::expr out = c_.bool_val(false);
  for (const Partial& p : partial(0, body)) {
    // (All of them quantified: the caller's existential.)
    if (p.quantified.size() == xs.size()) continue;
    out = out || (p.quantified.empty() ? p.body : Quantifier(c_, false, p.quantified, p.body, {}));
  }
  return out;
}

// x :| p: some value satisfies p (unless `assume`); x becomes such a value.
void Lowerer::LowerSuchThat(const std::vector<const Var*>& targets, const Expr* pred, bool assume,
                            SourceRange at) {
  z3::expr yes = c_.bool_val(true);
  if (!assume) {
    Env inner = env_;
    std::vector<z3::expr> bound;
    z3::expr range = yes;
    for (const Var* v : targets) {
      z3::expr x = sym_.Fresh(v->name, rp_.TypeOf(v));
      bound.push_back(x);
      inner.insert_or_assign(v, x);
      // (The candidate value is the variable's value in the predicate.)
      if (auto t = tracker_of_.find(v); t != tracker_of_.end()) {
        inner.insert_or_assign(t->second, c_.bool_val(true));
      }
      range = range && BoundRange(rp_.TypeOf(v), x);
    }
    // The predicate must be well formed for every candidate value.
    {
      vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
      vir::Block* check = NewBranch(choice);
      NewBranch(choice);
      vir::Block* parent = cur_;
      Env saved = env_;
      cur_ = check;
      env_ = inner;
      Assume(range);
      WellFormed(pred, yes);
      Assume(c_.bool_val(false));
      cur_ = parent;
      env_ = saved;
      cur_->cmds.push_back(std::move(choice));
    }
    z3::expr body = range && Tr(pred, inner, sym_.BaseLayer());
    std::vector<std::vector<z3::expr>> patterns;
    for (const z3::expr& t : CollectTriggers(body, bound)) patterns.push_back({t});
    Assert(patterns.empty() ? Obligation::SuchThatNoTrigger : Obligation::SuchThatExists, at,
           Quantifier(c_, false, bound, body, patterns) || SuchThatGuesses(bound, body));
  }
  for (const Var* v : targets) {
    Havoc(v);
    if (auto t = tracker_of_.find(v); t != tracker_of_.end()) {
      env_.insert_or_assign(t->second, c_.bool_val(true));
    }
  }
  Assume(Tr(pred));
}

// `assert p; e`, `assume p; e` and `L(args); e` for a lemma L, inside an expression: the
// statement's checks and facts hold under `guard`, the condition under which e is evaluated.
void Lowerer::LowerStmtInExprBranch(const Stmt* s, const z3::expr& guard) {
  vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
  vir::Block* check = NewBranch(choice);
  NewBranch(choice);
  vir::Block* parent = cur_;
  Env saved = env_;
  cur_ = check;
  Assume(guard);
  LowerStmt(s);
  Assume(c_.bool_val(false));
  terminated_ = false;
  cur_ = parent;
  env_ = saved;
  cur_->cmds.push_back(std::move(choice));
}

void Lowerer::WellFormedStmtInExpr(const StmtInExprExpr* e, const z3::expr& guard, bool subsume) {
  const Stmt* s = e->stmt;
  switch (s->kind) {
    case StmtKind::Assert:
      if (static_cast<const PredicateStmt*>(s)->proof) {
        // assert e by { S }: checked as the statement is (where the expression is evaluated),
        // and e holds for the rest of the expression.
        LowerStmtInExprBranch(s, guard);
        Assume(z3::implies(guard, Tr(static_cast<const PredicateStmt*>(s)->expr)));
        break;
      }
      [[fallthrough]];
    case StmtKind::Assume:
    case StmtKind::Expect: {
      auto* ps = static_cast<const PredicateStmt*>(s);
      WellFormed(ps->expr, guard, subsume);
      if (s->kind == StmtKind::Assert) {
        Assert(Obligation::Assertion,
               SourceRange{s->range.file, s->range.begin, s->range.begin + 6},
               z3::implies(guard, TrAsserted(ps->expr)));
      }
      Assume(z3::implies(guard, Tr(ps->expr)));
      break;
    }
    case StmtKind::Calc: {
      // A calc: its steps checked as the statement's are; its conclusion holds for the rest.
      auto* calc = static_cast<const CalcStmt*>(s);
      LowerStmtInExprBranch(s, guard);
      if (std::optional<z3::expr> c = CalcConclusion(calc, env_)) {
        Assume(z3::implies(guard, *c));
      }
      break;
    }
    case StmtKind::Call: {
      auto* call = static_cast<const CallStmt*>(s)->call;
      const MethodDecl* m = rp_.CalleeOf(call).method;
      Symbols::Instance inst = InstanceOf(rp_.CalleeOf(call), call->callee);
      std::optional<z3::expr> receiver;
      if (sym_.HasReceiver(m)) receiver = Receiver(call->callee, env_, sym_.BaseLayer());
      std::vector<z3::expr> args = ArgValues(
          BoundArgs(call->args, m->ins), {&m->ins, &m->defaults, m, inst, receiver}, env_,
          sym_.BaseLayer(),
          [&](size_t i, const Expr* a) {
            WellFormed(a, guard, subsume);
            z3::expr value = Tr(a);
            CheckSubset(CalleeType(m, rp_.CalleeOf(call), call->callee, rp_.TypeOf(m->ins[i])), a,
                        value, guard);
            return value;
          },
          false);
      Env callee = BindFormals(m->ins, args);
      if (receiver) {
        if (call->callee->kind == ExprKind::Select) {
          const Expr* object = static_cast<const SelectExpr*>(call->callee)->object;
          WellFormed(object, guard, subsume);
          if (z3::eq(receiver->get_sort(), sym_.ref_sort)) {
            Assert(Obligation::NullTarget, object->tok,
                   z3::implies(guard, *receiver != sym_.null_ref));
          }
        }
        callee.insert_or_assign(&this_var_, *receiver);
      }
      Symbols::SubstScope scope(sym_, m, inst);
      for (const Spec& req : m->requires_) {
        for (const Conjunct& part : Conjuncts(req.expr)) {
          Assert(Obligation::Precondition, call->tok,
                 z3::implies(guard, Tr(part, callee, sym_.ls(sym_.BaseLayer()))), part->tok);
        }
      }
      // A lemma of the cluster being verified must terminate, as at a call statement.
      bool may_diverge = method_ && method_->decreases_star;
      if (InTaskCluster(m) && !may_diverge) CheckCallTermination(call, m, callee, guard);
      for (const Spec& ens : m->ensures) {
        Assume(z3::implies(guard, Tr(ens.expr, callee, sym_.BaseLayer())));
      }
      break;
    }
    default:
      break;  // reveal
  }
  WellFormed(e->body, guard, subsume);
}

}  // namespace dfy::verify
