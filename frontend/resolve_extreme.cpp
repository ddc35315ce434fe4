#include "frontend/resolve_extreme.h"

#include <fmt/format.h>

#include <functional>

#include "frontend/ast_visit.h"
#include "frontend/call_graph.h"

namespace dfy {

namespace {

enum class Position { Positive, Negative, Neither };

Position Invert(Position p) {
  return p == Position::Positive   ? Position::Negative
         : p == Position::Negative ? Position::Positive
                                   : Position::Neither;
}

bool IsLeast(const FunctionDecl* f) { return f->flavor == FunctionFlavor::LeastPredicate; }
bool IsExtreme(const FunctionDecl* f) {
  return f && (IsLeast(f) || f->flavor == FunctionFlavor::GreatestPredicate);
}

// The position of each call in an expression, as Dafny's FindFriendlyCallsVisitor gives it
// (positive, negative or neither), for the extreme predicates of one kind (`co`: greatest).
class PositionWalker {
 public:
  using OnCall = std::function<void(const CallExpr*, Position, bool in_quantifier)>;
  using OnEquality = std::function<void(const BinaryExpr*, Position)>;
  PositionWalker(bool co, bool knat, OnCall on_call, OnEquality on_equality = {})
      : co_(co), knat_(knat), on_call_(std::move(on_call)), on_equality_(std::move(on_equality)) {}

  void Visit(const Expr* e, Position p) {
    switch (e->kind) {
      case ExprKind::Paren:
        return Visit(static_cast<const ParenExpr*>(e)->inner, p);
      case ExprKind::Unary: {
        auto* u = static_cast<const UnaryExpr*>(e);
        if (u->op == UnaryOp::Not) return Visit(u->operand, Invert(p));
        break;
      }
      case ExprKind::Binary: {
        auto* b = static_cast<const BinaryExpr*>(e);
        switch (b->op) {
          case BinaryOp::And:
          case BinaryOp::Or:
            Visit(b->lhs, p);
            return Visit(b->rhs, p);
          case BinaryOp::Implies:
            Visit(b->lhs, Invert(p));
            return Visit(b->rhs, p);
          case BinaryOp::Explies:
            Visit(b->lhs, p);
            return Visit(b->rhs, Invert(p));
          case BinaryOp::Eq:
          case BinaryOp::Neq:
            if (on_equality_) on_equality_(b, p);
            break;
          default:
            break;
        }
        break;
      }
      case ExprKind::IfThenElse: {
        auto* i = static_cast<const IfThenElseExpr*>(e);
        Visit(i->cond, Position::Neither);
        Visit(i->then_branch, p);
        return Visit(i->else_branch, p);
      }
      case ExprKind::Match: {
        auto* m = static_cast<const MatchExpr*>(e);
        Visit(m->scrutinee, Position::Neither);
        for (const MatchCaseExpr& c : m->cases) Visit(c.body, p);
        return;
      }
      case ExprKind::Let: {
        auto* l = static_cast<const LetExpr*>(e);
        for (const Expr* r : l->rhs) Visit(r, Position::Neither);
        Position body = p;
        // A let-such-that is an existential that may depend on the depth.
        if (l->op == LetOp::SuchThat &&
            ((co_ && p == Position::Positive) || (!co_ && p == Position::Negative))) {
          body = Position::Neither;
        }
        return Visit(l->body, body);
      }
      case ExprKind::Quantifier: {
        auto* q = static_cast<const QuantifierExpr*>(e);
        Position inner = p;
        Position cpos = co_ ? p : Invert(p);
        // With a nat depth (continuity matters), no recursive call under an existential
        // (greatest) or universal (least) quantifier.
        if (knat_ && ((cpos == Position::Positive && !q->is_forall) ||
                      (cpos == Position::Negative && q->is_forall))) {
          inner = Position::Neither;
          in_quantifier_ = true;
        }
        for (const BoundVar& bv : q->domain.vars) {
          if (bv.collection) Visit(bv.collection, Position::Neither);
          if (bv.range) Visit(bv.range, q->is_forall ? Invert(inner) : inner);
        }
        Visit(q->body, inner);
        in_quantifier_ = false;
        return;
      }
      case ExprKind::StmtInExpr:
        return Visit(static_cast<const StmtInExprExpr*>(e)->body, p);
      case ExprKind::Call:
        on_call_(static_cast<const CallExpr*>(e), p, in_quantifier_);
        break;
      default:
        break;
    }
    ForEachSubExpr(e, [&](const Expr* x) { Visit(x, Position::Neither); });
  }

 private:
  bool co_, knat_;
  OnCall on_call_;
  OnEquality on_equality_;
  bool in_quantifier_ = false;
};

// The body of one extreme predicate (Dafny's ExtremePredicateChecksVisitor): the position of
// each recursive call decides whether the body is monotonic in the predicates of its cluster.
void CheckPredicate(const ResolvedProgram& rp, Context& ctx, const CallGraph& graph,
                    const FunctionDecl* f) {
  bool co = !IsLeast(f), knat = f->k_type == "nat";
  auto report = [&](SourceRange at, std::string msg) {
    ctx.diags.Report(DiagKind::ResolutionError, at, std::move(msg));
  };
  auto on_call = [&](const CallExpr* call, Position p, bool in_quantifier) {
    const FunctionDecl* g = rp.CalleeOf(call).function;
    if (!g || call->callee->kind == ExprKind::PrefixName || !graph.SameCluster(f, g)) return;
    std::string kind = co ? "greatest predicate" : "least predicate";
    if (!IsExtreme(g) || IsLeast(g) != IsLeast(f)) {
      report(call->tok, fmt::format("a recursive call from a {0} can go only to other {0}s", kind));
    } else if ((g->k_type == "nat") != knat) {
      report(call->tok, fmt::format("this call does not type check, because the context uses a _k "
                                    "parameter of type {} whereas the callee uses a _k parameter "
                                    "of type {}",
                                    knat ? "nat" : "ORDINAL", knat ? "ORDINAL" : "nat"));
    } else if (p != Position::Positive) {
      std::string msg =
          fmt::format("a {} can be called recursively only in positive positions", kind);
      if (knat && p == Position::Neither && in_quantifier) {
        msg += fmt::format(" and cannot sit inside an unbounded {} quantifier",
                           co ? "existential" : "universal");
      }
      report(call->tok, msg);
    }
  };
  PositionWalker(co, knat, on_call).Visit(f->body, Position::Positive);
}

// An extreme lemma's body calls only extreme lemmas (and prefix lemmas) of its cluster: its
// prefix lemma replaces those calls by calls at a smaller depth.
void CheckExtremeLemma(const ResolvedProgram& rp, Context& ctx, const CallGraph& graph,
                       const MethodDecl* m) {
  std::string kind = m->flavor == MethodFlavor::LeastLemma ? "least lemma" : "greatest lemma";
  std::function<void(const Expr*)> expr = [&](const Expr* e) {
    if (e->kind == ExprKind::Call) {
      auto* call = static_cast<const CallExpr*>(e);
      const Binding& b = rp.CalleeOf(call);
      if (b.method && graph.SameCluster(m, b.method) &&
          b.method->flavor != MethodFlavor::LeastLemma &&
          b.method->flavor != MethodFlavor::GreatestLemma) {
        ctx.diags.Report(DiagKind::ResolutionError, call->tok,
                         fmt::format("a recursive call from a {0} can go only to other {0}s and "
                                     "prefix lemmas",
                                     kind));
      } else if (b.function && graph.SameCluster(m, b.function)) {
        ctx.diags.Report(DiagKind::ResolutionError, call->tok,
                         "a recursive call from a greatest lemma can go only to other greatest "
                         "lemmas and prefix lemmas");
      }
    }
    ForEachSubExpr(e, expr);
  };
  std::function<void(const Stmt*)> stmt = [&](const Stmt* s) { ForEachChild(s, expr, stmt); };
  if (m->body) stmt(m->body);
}

}  // namespace

bool IsCodatatype(const Type* t) {
  return t && t->kind == TypeKind::UserDefined && t->decl && t->decl->kind == DeclKind::Datatype &&
         static_cast<const DatatypeDecl*>(t->decl)->co;
}

void FriendlyCalls(const ResolvedProgram& rp, const Expr* spec, bool co, bool knat, bool positive,
                   std::vector<const Expr*>& out) {
  auto on_call = [&](const CallExpr* call, Position p, bool) {
    const FunctionDecl* g = rp.CalleeOf(call).function;
    if (p == Position::Positive && call->callee->kind != ExprKind::PrefixName && IsExtreme(g) &&
        IsLeast(g) != co && (g->k_type == "nat") == knat) {
      out.push_back(call);
    }
  };
  auto on_equality = [&](const BinaryExpr* b, Position p) {
    if (co && IsCodatatype(rp.TypeOf(b->lhs)) &&
        ((b->op == BinaryOp::Eq && p == Position::Positive) ||
         (b->op == BinaryOp::Neq && p == Position::Negative))) {
      out.push_back(b);
    }
  };
  PositionWalker(co, knat, on_call, on_equality)
      .Visit(spec, positive ? Position::Positive : Position::Negative);
}

void CheckExtremeRecursion(const ResolvedProgram& rp, Context& ctx) {
  bool any = false;
  for (const Decl* d : rp.callables()) {
    if (d->kind == DeclKind::Function) any = any || IsExtreme(static_cast<const FunctionDecl*>(d));
    if (d->kind == DeclKind::Method) {
      auto fl = static_cast<const MethodDecl*>(d)->flavor;
      any = any || fl == MethodFlavor::LeastLemma || fl == MethodFlavor::GreatestLemma;
    }
  }
  if (!any) return;
  CallGraph graph(rp);
  for (const Decl* d : rp.callables()) {
    if (d->kind == DeclKind::Function) {
      auto* f = static_cast<const FunctionDecl*>(d);
      if (IsExtreme(f) && f->body) CheckPredicate(rp, ctx, graph, f);
    } else if (d->kind == DeclKind::Method) {
      auto* m = static_cast<const MethodDecl*>(d);
      if (m->flavor == MethodFlavor::LeastLemma || m->flavor == MethodFlavor::GreatestLemma) {
        CheckExtremeLemma(rp, ctx, graph, m);
      }
    }
  }
}

}  // namespace dfy
