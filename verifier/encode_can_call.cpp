// Can-call facts (Dafny's CanCallAssumption): which function calls an expression reaches, as
// `f#canCall(args)` under the path to each, and what its let-such-that expressions choose.
//
// f#canCall(args) says that the call was reached by a checked computation: its function's
// precondition held there and, within f's own cluster, its termination was checked. It guards
// f's definition while f's cluster is verified, its postcondition there, and what a function's
// definition states of its body (below). dfyc assumes it, as Dafny does, of the calls in:
// - expressions whose well-formedness is checked (Lowerer::WellFormed),
// - the method's preconditions on entry and its postconditions where they are checked (their
//   well-formedness is checked in the specification's task),
// - a callee's preconditions where they are checked and its postconditions after the call,
// - loop invariants where they are assumed,
// - a function's body, when its definition is used for a call that can be called, and its
//   postconditions, in its consequence axiom.
#include <functional>

#include "frontend/ast_visit.h"
#include "verifier/encoder.h"

namespace dfy::verify {

namespace {

// Expressions whose subexpressions are all evaluated, in the same state and scope, whenever
// they are.
bool EvaluatesAllChildren(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Paren:
    case ExprKind::Unary:
    case ExprKind::Select:
    case ExprKind::Index:
    case ExprKind::Slice:
    case ExprKind::SeqUpdate:
    case ExprKind::Cardinality:
    case ExprKind::SeqDisplay:
    case ExprKind::SetDisplay:
    case ExprKind::MultisetDisplay:
    case ExprKind::MapDisplay:
    case ExprKind::Tuple:
    case ExprKind::Conversion:
    case ExprKind::TypeTest:
    case ExprKind::DatatypeUpdate:
      return true;
    default:
      return false;
  }
}

}  // namespace

// Whether f#canCall can tell anything in this task: f is in the task's cluster (its definition
// and postcondition are guarded by it there), or its body, or that of a function it calls,
// chooses a value with a let-such-that. Elsewhere f's definition holds unguarded and its
// postcondition under its precondition, and stating f#canCall (with the case splits of the
// calls in f's body) only slows the proof: heap2's heapify and Std.Arithmetic's
// LemmaPowDistributes timed out.
bool Lowerer::NeedsCanCall(const FunctionDecl* f) { return InTaskCluster(f) || ChoosesValue(f); }

bool Lowerer::ChoosesValue(const FunctionDecl* f) {
  if (auto it = chooses_value_.find(f); it != chooses_value_.end()) return it->second;
  chooses_value_[f] = false;  // (while f's callees are looked at)
  bool chooses = false;
  std::function<void(const Expr*)> visit = [&](const Expr* e) {
    if (chooses) return;
    if (e->kind == ExprKind::Let) {
      chooses = static_cast<const LetExpr*>(e)->op == LetOp::SuchThat;
    } else if (e->kind == ExprKind::Call) {
      const FunctionDecl* g = rp_.CalleeOf(static_cast<const CallExpr*>(e)).function;
      chooses = g && g != f && ChoosesValue(g);
    }
    ForEachSubExpr(e, visit);
  };
  if (f->body) visit(f->body);
  chooses_value_[f] = chooses;
  return chooses;
}

z3::expr Lowerer::CanCallOf(const CallExpr* call, const FunctionDecl* f, const Env& env,
                            const z3::expr& layer) {
  std::optional<z3::expr> receiver;
  if (sym_.HasReceiver(f)) receiver = Receiver(call->callee, env, layer);
  Symbols::Instance inst = InstanceOf(rp_.CalleeOf(call), call->callee);
  z3::expr_vector cc(c_);
  if (receiver) cc.push_back(*receiver);
  for (const z3::expr& a : ArgValues(
           BoundArgs(call->args, f->params), {&f->params, &f->defaults, f, inst, receiver}, env,
           layer, [&](size_t, const Expr* a) { return Tr(a, env, layer); }, false)) {
    cc.push_back(a);
  }
  return sym_.CanCall(f, inst)(cc);
}

// The can-call facts of `e` in `env`: f#canCall of each function call it reaches and the
// predicate of each let-such-that it reaches, of the values chosen (Dafny's $let#canCall),
// under the path to it. Control flow is followed through if-then-else, match, let, statement
// expressions and the logical operators; nothing is stated inside quantifiers, lambdas,
// comprehensions and old expressions. Literally true where there is nothing to state, so that
// terms without calls do not change.
z3::expr Lowerer::CanCallFacts(const Expr* e, const Env& env, const z3::expr& layer) {
  z3::expr yes = c_.bool_val(true);
  auto both = [](const z3::expr& a, const z3::expr& b) {
    return a.is_true() ? b : b.is_true() ? a : a && b;
  };
  auto when = [&](const z3::expr& c, const z3::expr& b) {
    return b.is_true() ? b : z3::implies(c, b);
  };
  if (EvaluatesAllChildren(e)) {
    z3::expr facts = yes;
    ForEachSubExpr(e, [&](const Expr* x) { facts = both(facts, CanCallFacts(x, env, layer)); });
    return facts;
  }
  switch (e->kind) {
    case ExprKind::StmtInExpr:
      return CanCallFacts(static_cast<const StmtInExprExpr*>(e)->body, env, layer);
    case ExprKind::IfThenElse: {
      auto* ite = static_cast<const IfThenElseExpr*>(e);
      if (!ite->bound_vars.empty()) return yes;
      z3::expr c = Tr(ite->cond, env, layer);
      return both(CanCallFacts(ite->cond, env, layer),
                  both(when(c, CanCallFacts(ite->then_branch, env, layer)),
                       when(!c, CanCallFacts(ite->else_branch, env, layer))));
    }
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      // (`a <== b` evaluates b first, then a where b holds.)
      bool reversed = b->op == BinaryOp::Explies;
      const Expr* first = reversed ? b->rhs : b->lhs;
      const Expr* second = reversed ? b->lhs : b->rhs;
      z3::expr facts = CanCallFacts(first, env, layer);
      switch (b->op) {
        case BinaryOp::And:
        case BinaryOp::Implies:
        case BinaryOp::Explies:
          return both(facts, when(Tr(first, env, layer), CanCallFacts(second, env, layer)));
        case BinaryOp::Or:
          return both(facts, when(!Tr(first, env, layer), CanCallFacts(second, env, layer)));
        default:
          return both(facts, CanCallFacts(second, env, layer));
      }
    }
    case ExprKind::Call: {
      auto* call = static_cast<const CallExpr*>(e);
      z3::expr facts = yes;
      if (call->callee->kind == ExprKind::Select) {
        facts = CanCallFacts(static_cast<const SelectExpr*>(call->callee)->object, env, layer);
      }
      for (const Expr* a : call->args) facts = both(facts, CanCallFacts(a, env, layer));
      const FunctionDecl* f = rp_.CalleeOf(call).function;
      // (Not of the calls an override check or a prefix lemma reads as other functions.)
      if (!f || IsArrowCall(call) || !override_subst_.empty() || prefix_calls_.contains(call) ||
          !NeedsCanCall(f)) {
        return facts;
      }
      return both(facts, CanCallOf(call, f, env, layer));
    }
    case ExprKind::Match: {
      auto* m = static_cast<const MatchExpr*>(e);
      const Type* t = rp_.TypeOf(m->scrutinee);
      z3::expr value = Tr(m->scrutinee, env, layer);
      z3::expr facts = CanCallFacts(m->scrutinee, env, layer);
      z3::expr earlier = c_.bool_val(false);
      for (const MatchCaseExpr& mc : m->cases) {
        Env inner = env;
        z3::expr cond = MatchPattern(mc.pattern, value, t, inner);
        facts = both(facts, when(cond && !earlier, CanCallFacts(mc.body, inner, layer)));
        earlier = earlier || cond;
      }
      return facts;
    }
    case ExprKind::Let: {
      auto* l = static_cast<const LetExpr*>(e);
      if (l->op == LetOp::SuchThat) {
        // (The chosen values' predicate: the well-formedness check proved that such values
        // exist here.)
        Env inner = LetSuchThatValues(l, env, layer);
        z3::expr chosen = Tr(l->rhs[0], inner, layer);
        for (const Var* v : LetVars(l)) chosen = BoundRange(rp_.TypeOf(v), inner.at(v)) && chosen;
        return both(CanCallFacts(l->rhs[0], inner, layer),
                    both(chosen, CanCallFacts(l->body, inner, layer)));
      }
      if (l->op != LetOp::Assign) return yes;
      Env inner = env;
      z3::expr facts = yes;
      for (size_t i = 0; i < l->lhs.size(); ++i) {
        facts = both(facts, CanCallFacts(l->rhs[i], env, layer));
        MatchPattern(l->lhs[i], Tr(l->rhs[i], env, layer), rp_.TypeOf(l->rhs[i]), inner);
      }
      return both(facts, CanCallFacts(l->body, inner, layer));
    }
    default:
      return yes;
  }
}

// A function's definition, or its postcondition, with the can-call facts of `e` where the
// call is one that can be called (`can_call`).
z3::expr Lowerer::WithCanCallFacts(const z3::expr& fact, const z3::expr& can_call, const Expr* e,
                                   const Env& env, const z3::expr& layer) {
  z3::expr facts = CanCallFacts(e, env, layer);
  return facts.is_true() ? fact : fact && z3::implies(can_call, facts);
}

void Lowerer::AssumeCanCallFacts(const Expr* e, const Env& env) {
  z3::expr facts = CanCallFacts(e, env, sym_.BaseLayer());
  if (!facts.is_true()) Assume(facts);
}

}  // namespace dfy::verify
