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

// a ==#[k] b for lines of type t (a calculation step with a prefix-equality operator).
z3::expr Lowerer::CalcPrefixEq(const Type* t, const z3::expr& k, const z3::expr& a,
                               const z3::expr& b) {
  t = Underlying(rp_, sym_.Apply(t));
  sym_.AddCoinduction(t);
  return sym_.PrefixEquality(t, k.is_int())(k, a, b);
}

void Lowerer::LowerCalc(const CalcStmt* s) {
  z3::expr yes = c_.bool_val(true);
  BinaryOp default_op = s->has_op ? s->op.op : BinaryOp::Eq;
  const Expr* default_depth = s->has_op ? s->op.depth : nullptr;
  const Expr* prev = nullptr;
  for (const CalcStep& step : s->steps) {
    if (!step.line) continue;
    BinaryOp op = step.has_op ? step.op.op : default_op;
    const Expr* depth = step.has_op ? step.op.depth : default_depth;
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
      // A step ==#[k]: its limit k, when an integer, is at least 0 (checked before the line,
      // as Dafny does).
      std::optional<z3::expr> k;
      if (prev && depth) {
        WellFormed(depth, yes, false);
        k = Tr(depth);
        if (k->is_int()) Assert(Obligation::PrefixEqualityLimit, depth->tok, 0 <= *k);
      }
      WellFormed(step.line, yes, false);
      if (prev) {
        Assert(Obligation::CalcStep, step.line->tok,
               k ? CalcPrefixEq(rp_.TypeOf(step.line), *k, TrAsserted(prev), TrAsserted(step.line))
                 : Relate(op, TrAsserted(prev), TrAsserted(step.line), rp_.TypeOf(step.line)));
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
  const Expr* default_depth = s->has_op ? s->op.depth : nullptr;
  BinaryOp result = BinaryOp::Eq;
  const Expr* first = nullptr;
  const Expr* prev = nullptr;
  z3::expr layer = sym_.BaseLayer();
  // The steps ==#[k] (the others are ==): prefix equality at the least of their limits
  // (Dafny's TernaryCalcOp.ResultOp; the subset checker admits ORDINAL limits in one step).
  std::optional<z3::expr> depth;
  for (const CalcStep& step : s->steps) {
    if (!step.line) continue;
    if (prev) {
      result = Compose(result, step.has_op ? step.op.op : default_op);
      if (const Expr* d = step.has_op ? step.op.depth : default_depth) {
        z3::expr k = Tr(d, env, layer);
        depth = !depth ? k : z3::ite(*depth <= k, *depth, k);
      }
    }
    if (!first) first = step.line;
    prev = step.line;
  }
  if (!first || !prev || first == prev) return std::nullopt;
  if (depth) {
    return CalcPrefixEq(rp_.TypeOf(first), *depth, Tr(first, env, layer), Tr(prev, env, layer));
  }
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
  ForgetAliases(part, a);
}

// Whether no variable of the forall statement is bound by `x <- c`.
static bool NoBindings(const ForallStmt* s) {
  for (const BoundVar& bv : s->domain.vars) {
    if (bv.collection) return false;
  }
  return true;
}

void Lowerer::LowerForall(const ForallStmt* s) {
  if (const AssignStmt* assign = ForallArrayUpdate(rp_, s); assign && NoBindings(s)) {
    LowerForallArrayUpdate(s, assign);
    return;
  }
  if (const AssignStmt* assign = ForallAssign(rp_, s)) {
    LowerForallAssign(s, assign);
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
  HavocForallVars(s);
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
  z3::expr range = ForallRange(s, inner, bound);
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

// Dafny's guesses of a witness for each of `targets` in `pred` (GuessWitnesses): false and
// true for a bool; the type's zero otherwise (not for a char); and, from the conjuncts of
// `pred`, the bounds of an integer (`x > L` gives L + 1, `x < U` gives U - 1), a set's subset
// or superset bound (`S <= x` gives S), a value it equals, and the elements of a display it
// is in. A guess may mention the other targets (`inner` binds them), not `v` itself.
std::vector<z3::expr> Lowerer::WitnessGuesses(const Var* v, const z3::expr& x, const Env& inner,
                                              const Expr* pred, bool displays_only) {
  std::vector<z3::expr> out;
  const Type* t = rp_.TypeOf(v);
  const Type* u = Underlying(rp_, t);
  if (u->kind == TypeKind::Bool) return {c_.bool_val(false), c_.bool_val(true)};
  if (u->kind != TypeKind::Char && !displays_only) {
    if (auto zero = DefaultValue(t)) out.push_back(zero->first);
  }
  std::function<bool(const Expr*)> mentions_v = [&](const Expr* e) {
    if (e->kind == ExprKind::Name && rp_.BindingOf(e).var == v) return true;
    bool found = false;
    ForEachSubExpr(e, [&](const Expr* y) { found = found || mentions_v(y); });
    return found;
  };
  auto tr = [&](const Expr* e) { return Tr(e, inner, sym_.BaseLayer()); };
  auto is_v = [&](const Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    return e->kind == ExprKind::Name && rp_.BindingOf(e).var == v;
  };
  auto add = [&](const z3::expr& g) {
    if (z3::eq(g.get_sort(), x.get_sort()) && !Mentions(g, x)) out.push_back(g);
  };
  bool integer = x.get_sort().is_int();
  bool collection =
      u->kind == TypeKind::Set || u->kind == TypeKind::ISet || u->kind == TypeKind::Multiset;
  std::function<void(const Expr*)> conjuncts = [&](const Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    if (e->kind != ExprKind::Binary) return;
    auto* b = static_cast<const BinaryExpr*>(e);
    if (b->op == BinaryOp::And) {
      conjuncts(b->lhs);
      conjuncts(b->rhs);
      return;
    }
    bool left = is_v(b->lhs), right = is_v(b->rhs);
    if (left == right) return;
    const Expr* other = left ? b->rhs : b->lhs;
    if (mentions_v(other)) return;
    BinaryOp op = b->op;
    if (displays_only && op != BinaryOp::In) return;
    if (right) {  // put v on the left
      op = op == BinaryOp::Lt   ? BinaryOp::Gt
           : op == BinaryOp::Le ? BinaryOp::Ge
           : op == BinaryOp::Gt ? BinaryOp::Lt
           : op == BinaryOp::Ge ? BinaryOp::Le
                                : op;
    }
    switch (op) {
      case BinaryOp::Eq:
        add(tr(other));
        return;
      case BinaryOp::In: {
        if (!left) return;
        // The elements of a display, or of the displays of a union (`s + {6}`).
        std::function<void(const Expr*)> displays = [&](const Expr* c) {
          while (c->kind == ExprKind::Paren) c = static_cast<const ParenExpr*>(c)->inner;
          if ((c->kind == ExprKind::SetDisplay || c->kind == ExprKind::SeqDisplay ||
               c->kind == ExprKind::MultisetDisplay) &&
              !static_cast<const DisplayExpr*>(c)->from_collection) {
            for (const Expr* el : static_cast<const DisplayExpr*>(c)->elements) add(tr(el));
          } else if (c->kind == ExprKind::Binary &&
                     static_cast<const BinaryExpr*>(c)->op == BinaryOp::Add) {
            displays(static_cast<const BinaryExpr*>(c)->lhs);
            displays(static_cast<const BinaryExpr*>(c)->rhs);
          }
        };
        displays(other);
        return;
      }
      case BinaryOp::Lt:
        if (integer) add(tr(other) - 1);
        return;
      case BinaryOp::Le:
      case BinaryOp::Ge:
        // (For a set, the subset or superset bound itself.)
        if (integer || collection) add(tr(other));
        return;
      case BinaryOp::Gt:
        if (integer) add(tr(other) + 1);
        return;
      default:
        return;
    }
  };
  conjuncts(pred);
  return out;
}

// What `x :| P` asserts, as Dafny asserts it (GenerateAndCheckGuesses): some values satisfy
// `body` (P with the targets' type constraints), or P holds of guessed witnesses for all the
// targets. The guesses let Z3 prove existence where no trigger would
// (`i :| 15 < i < 20`).
z3::expr Lowerer::SuchThatExistence(const std::vector<const Var*>& targets,
                                    const std::vector<z3::expr>& bound, const Env& inner,
                                    const z3::expr& body, const Expr* pred) {
  // Each target's options: quantified (nullopt) or a guess.
  // (An integer target is guessed only when the predicate has no trigger: guesses of an index,
  // 0 and |s| - 1, with a trigger to instantiate besides, made lib_seq's pigeonHoles ten times
  // as slow, and Z3 rarely needs them there.)
  bool triggered = !CollectTriggers(body, bound).empty();
  std::vector<std::vector<std::optional<z3::expr>>> options;
  size_t combinations = 1;
  for (size_t i = 0; i < targets.size(); ++i) {
    options.push_back({std::nullopt});
    // (But the elements of a display it is in: `x :| x in {1, 2}`, whose membership trigger
    // has no ground term to match.)
    bool displays_only = triggered && bound[i].get_sort().is_int();
    for (const z3::expr& g : WitnessGuesses(targets[i], bound[i], inner, pred, displays_only)) {
      bool seen = false;
      for (const auto& o : options.back()) seen = seen || (o && z3::eq(*o, g));
      if (!seen) options.back().push_back(g);
    }
    combinations *= options.back().size();
  }
  constexpr size_t kMaxGuesses = 64;  // (a bound on the assertion's size; Dafny has none)
  z3::expr result = c_.bool_val(false);
  std::vector<size_t> pick(targets.size(), 0);
  for (size_t n = 0; n < std::min(combinations, kMaxGuesses); ++n) {
    // (The last target's guess first: a guess may mention an earlier target, which its own
    // guess then replaces, as in Dafny's GeneratePartialGuesses.)
    std::vector<z3::expr> quantified;
    z3::expr disjunct = body;
    for (size_t i = targets.size(); i-- > 0;) {
      if (const auto& g = options[i][pick[i]]) {
        z3::expr_vector from(c_), to(c_);
        from.push_back(bound[i]);
        to.push_back(*g);
        disjunct = disjunct.substitute(from, to);
      } else {
        quantified.insert(quantified.begin(), bound[i]);
      }
    }
    // Only all targets quantified, or all guessed: Dafny also tries some guessed and the
    // others quantified, but each such disjunct is a quantifier more for Z3 to instantiate
    // (lib_seq's `var i, j :| 0 <= i < j < |list| && ...` took ten times as long).
    bool partial = !quantified.empty() && quantified.size() != targets.size();
    if (partial) {
      for (size_t i = 0; i < pick.size() && ++pick[i] == options[i].size(); ++i) pick[i] = 0;
      continue;
    }
    if (!quantified.empty()) {
      std::vector<std::vector<z3::expr>> patterns;
      for (const z3::expr& t : CollectTriggers(disjunct, quantified)) patterns.push_back({t});
      disjunct = Quantifier(c_, false, quantified, disjunct, patterns);
    }
    result = n == 0 ? disjunct : result || disjunct;
    // The next combination, the first target varying fastest.
    for (size_t i = 0; i < pick.size() && ++pick[i] == options[i].size(); ++i) pick[i] = 0;
  }
  return result;
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
    bool no_trigger = CollectTriggers(body, bound).empty();
    Assert(no_trigger ? Obligation::SuchThatNoTrigger : Obligation::SuchThatExists, at,
           SuchThatExistence(targets, bound, inner, body, pred));
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
      // (A lemma modifies nothing; the check makes the task one Dafny counts.)
      Assert(Obligation::CallFrame, call->tok, c_.bool_val(true));
      for (const Spec& ens : m->ensures) {
        Assume(z3::implies(guard, Tr(ens.expr, callee, sym_.BaseLayer())));
      }
      break;
    }
    case StmtKind::Reveal:
      LowerReveal(static_cast<const RevealStmt*>(s), guard);
      break;
    default:
      break;
  }
  WellFormed(e->body, guard, subsume);
}

}  // namespace dfy::verify
