// Which expressions are compiled: the verifier checks some obligations only there (Dafny's
// LetSuchThatUnique and NotGhostVariant, which its CheckIsCompilable enables).
#include <functional>

#include "frontend/ast_visit.h"
#include "frontend/resolver.h"

namespace dfy::resolve {

namespace {

bool AllGhost(const ResolvedProgram& rp, const Pattern* p) {
  if (p->var) return rp.IsGhost(p->var);
  for (const Pattern* a : p->args) {
    if (!AllGhost(rp, a)) return false;
  }
  return true;
}

}  // namespace

// Follows CheckIsCompilable: not into ghost arguments, the values of ghost let variables,
// specifications of lambdas, or the ghost guard (and then branch) of an if-then-else.
void Resolver::MarkCompiled(const Expr* e) {
  if (!e || !rp_->compiled_.insert(e).second) return;
  switch (e->kind) {
    case ExprKind::Old:
    case ExprKind::Fresh:
    case ExprKind::Unchanged:
    case ExprKind::Allocated:
    case ExprKind::PrefixEquality:
    case ExprKind::DecreasesTo:
      return;
    case ExprKind::StmtInExpr:
      MarkCompiled(static_cast<const StmtInExprExpr*>(e)->body);
      return;
    case ExprKind::Lambda:
      MarkCompiled(static_cast<const LambdaExpr*>(e)->body);
      return;
    case ExprKind::IfThenElse: {
      auto* ite = static_cast<const IfThenElseExpr*>(e);
      if (GhostPart(ite->cond)) {
        MarkCompiled(ite->else_branch);
        return;
      }
      break;
    }
    case ExprKind::Let: {
      auto* let = static_cast<const LetExpr*>(e);
      if (let->op == LetOp::SuchThat) {
        bool ghost = let->ghost;
        for (const Pattern* p : let->lhs) ghost = ghost || AllGhost(*rp_, p);
        if (!ghost && !let->rhs.empty()) MarkCompiled(let->rhs[0]);
      } else {
        for (size_t i = 0; i < let->rhs.size(); ++i) {
          if (let->ghost || (i < let->lhs.size() && AllGhost(*rp_, let->lhs[i]))) continue;
          MarkCompiled(let->rhs[i]);
        }
      }
      MarkCompiled(let->body);
      return;
    }
    case ExprKind::Select: {
      const Binding& b = rp_->BindingOf(e);
      if (b.member && b.member->kind != DeclKind::Function && IsGhostDecl(b.member)) return;
      break;
    }
    case ExprKind::Call: {
      auto* call = static_cast<const CallExpr*>(e);
      const Binding& b = rp_->CalleeOf(call);
      const std::vector<Var*>* formals = nullptr;
      if (b.function) {
        if (IsGhostDecl(b.function)) return;
        formals = &b.function->params;
      } else if (b.datatype && b.ctor >= 0 && b.destructor < 0) {
        formals = &b.datatype->ctors[b.ctor].formals;
      }
      MarkCompiled(call->callee);
      for (size_t i = 0; i < call->args.size(); ++i) {
        const Expr* a = call->args[i];
        if (formals && a->kind != ExprKind::NamedArg && i < formals->size() &&
            (*formals)[i]->ghost) {
          continue;
        }
        MarkCompiled(a);
      }
      return;
    }
    default:
      break;
  }
  ForEachSubExpr(e, [&](const Expr* sub) { MarkCompiled(sub); });
}

// The compiled statements of a compiled method body; a statement with a ghost guard, and the
// specification parts (invariants, assertions, calculations), are not compiled.
void Resolver::MarkCompiledStmt(const Stmt* s) {
  if (!s) return;
  auto compiled_var = [&](const Expr* lhs) {
    const Binding& b = rp_->BindingOf(lhs);
    if (b.var) return !rp_->IsGhost(b.var);
    if (b.member) return !b.member->ghost;
    return true;  // an array element
  };
  switch (s->kind) {
    case StmtKind::Block:
      for (const Stmt* x : static_cast<const BlockStmt*>(s)->stmts) MarkCompiledStmt(x);
      return;
    case StmtKind::Label:
      MarkCompiledStmt(static_cast<const LabelStmt*>(s)->body);
      return;
    case StmtKind::VarDecl:
    case StmtKind::VarDeclUpdate: {
      auto* vd = static_cast<const VarDeclStmt*>(s);
      if (vd->update) {
        MarkCompiledStmt(vd->update);
        return;
      }
      bool any = false;
      for (const Var* v : vd->vars) any = any || !rp_->IsGhost(v);
      if (vd->rhs.size() == 1 && vd->rhs[0]->kind == ExprKind::Call &&
          rp_->CalleeOf(static_cast<const CallExpr*>(vd->rhs[0])).method) {
        if (!IsGhostDecl(rp_->CalleeOf(static_cast<const CallExpr*>(vd->rhs[0])).method)) {
          MarkCompiled(vd->rhs[0]);
        }
        return;
      }
      for (size_t i = 0; i < vd->rhs.size(); ++i) {
        bool compiled = vd->pattern ? any : i < vd->vars.size() && !rp_->IsGhost(vd->vars[i]);
        if (compiled) MarkCompiled(vd->rhs[i]);
      }
      return;
    }
    case StmtKind::Assign: {
      auto* as = static_cast<const AssignStmt*>(s);
      if (as->rhs.size() == 1 && as->rhs[0]->kind == ExprKind::Call) {
        if (const MethodDecl* m = rp_->CalleeOf(static_cast<const CallExpr*>(as->rhs[0])).method) {
          if (!IsGhostDecl(m)) MarkCompiled(as->rhs[0]);
          return;
        }
      }
      for (size_t i = 0; i < as->lhs.size() && i < as->rhs.size(); ++i) {
        if (compiled_var(as->lhs[i])) MarkCompiled(as->rhs[i]);
      }
      return;
    }
    case StmtKind::AssignSuchThat: {
      auto* st = static_cast<const AssignSuchThatStmt*>(s);
      bool any = false;
      for (const Expr* l : st->lhs) any = any || compiled_var(l);
      if (any) MarkCompiled(st->expr);
      return;
    }
    case StmtKind::AssignOrReturn: {
      auto* ar = static_cast<const AssignOrReturnStmt*>(s);
      bool any = ar->lhs.empty();
      for (const Expr* l : ar->lhs) any = any || compiled_var(l);
      if (any && ar->keyword != "assert" && ar->keyword != "assume") {
        for (const Expr* r : ar->rhs) MarkCompiled(r);
      }
      return;
    }
    case StmtKind::Call: {
      const CallExpr* call = static_cast<const CallStmt*>(s)->call;
      const MethodDecl* m = rp_->CalleeOf(call).method;
      if (m && !IsGhostDecl(m)) MarkCompiled(call);
      return;
    }
    case StmtKind::Return:
      for (const Expr* e : static_cast<const ReturnStmt*>(s)->values) MarkCompiled(e);
      return;
    case StmtKind::Yield:
      for (const Expr* e : static_cast<const YieldStmt*>(s)->values) MarkCompiled(e);
      return;
    case StmtKind::Print:
      for (const Expr* e : static_cast<const PrintStmt*>(s)->args) MarkCompiled(e);
      return;
    case StmtKind::Expect:
      MarkCompiled(static_cast<const PredicateStmt*>(s)->expr);
      return;
    case StmtKind::If:
    case StmtKind::BindingIf: {
      auto* is = static_cast<const IfStmt*>(s);
      if (GhostGuard(is->bound_vars, is->cond)) return;
      MarkCompiled(is->cond);
      MarkCompiledStmt(is->then_branch);
      MarkCompiledStmt(is->else_branch);
      return;
    }
    case StmtKind::While: {
      auto* ws = static_cast<const WhileStmt*>(s);
      if (ws->cond && GhostPart(ws->cond)) return;
      MarkCompiled(ws->cond);
      MarkCompiledStmt(ws->body);
      return;
    }
    case StmtKind::For: {
      auto* fs = static_cast<const ForStmt*>(s);
      if (rp_->IsGhost(fs->var)) return;
      MarkCompiled(fs->lo);
      if (fs->hi && fs->hi->kind != ExprKind::Wildcard) MarkCompiled(fs->hi);
      MarkCompiledStmt(fs->body);
      return;
    }
    case StmtKind::AlternativeIf:
    case StmtKind::AlternativeWhile: {
      if (GhostAlternatives(s)) return;
      for (const GuardedAlternative& c : AlternativesOf(s)) {
        MarkCompiled(c.guard);
        for (const Stmt* x : c.body) MarkCompiledStmt(x);
      }
      return;
    }
    case StmtKind::Match: {
      auto* ms = static_cast<const MatchStmt*>(s);
      if (GhostPart(ms->scrutinee)) return;
      MarkCompiled(ms->scrutinee);
      for (const MatchCaseStmt& c : ms->cases) {
        for (const Stmt* x : c.body) MarkCompiledStmt(x);
      }
      return;
    }
    case StmtKind::Forall: {
      // A forall assignment to compiled locations is compiled: its range and right side
      // (Dafny's ForallStmt of kind Assign that is not ghost).
      auto* fs = static_cast<const ForallStmt*>(s);
      if (!fs->ensures.empty() || !fs->body || fs->body->stmts.size() != 1 ||
          fs->body->stmts[0]->kind != StmtKind::Assign) {
        return;
      }
      auto* as = static_cast<const AssignStmt*>(fs->body->stmts[0]);
      if (as->lhs.size() != 1 || as->rhs.size() != 1 || !compiled_var(as->lhs[0])) return;
      for (const BoundVar& bv : fs->domain.vars) {
        if ((bv.collection && GhostPart(bv.collection)) || (bv.range && GhostPart(bv.range))) {
          return;
        }
      }
      for (const BoundVar& bv : fs->domain.vars) {
        MarkCompiled(bv.collection);
        MarkCompiled(bv.range);
      }
      MarkCompiled(as->rhs[0]);
      return;
    }
    default:
      return;  // assert, assume, calc, reveal, modify: not compiled
  }
}

void Resolver::MarkCompiledDefaults(const std::vector<Var*>& formals,
                                    const std::vector<Expr*>& defaults) {
  for (size_t i = 0; i < defaults.size() && i < formals.size(); ++i) {
    if (defaults[i] && !formals[i]->ghost) MarkCompiled(defaults[i]);
  }
}

void Resolver::MarkArraysNeedingEmpty(const Stmt* body) {
  std::function<void(const Expr*)> on_expr = [&](const Expr* e) {
    if (e->kind == ExprKind::New) {
      auto* n = static_cast<const NewRhsExpr*>(e);
      const Type* t = rp_->TypeOf(e);
      if (n->is_array && !n->init && !n->has_elements && t && t->kind == TypeKind::Array &&
          !t->args.empty() && AutoInitOf(t->args[0]) != AutoInit::Compilable) {
        rp_->array_needs_empty_.insert(e);
      }
    }
    ForEachSubExpr(e, on_expr);
  };
  std::function<void(const Stmt*)> on_stmt = [&](const Stmt* s) {
    ForEachChild(s, on_expr, on_stmt);
  };
  on_stmt(body);
}

}  // namespace dfy::resolve
