// Generic traversal of the AST: the direct children of an expression or a statement.
#pragma once

#include "frontend/ast.h"

namespace dfy {

template <typename FE, typename FS>
void ForEachChild(const Stmt* s, FE&& on_expr, FS&& on_stmt);

namespace visit_detail {

template <typename F>
void Domain(const QuantifierDomain& d, F& on_expr) {
  for (const BoundVar& bv : d.vars) {
    if (bv.collection) on_expr(bv.collection);
    if (bv.range) on_expr(bv.range);
  }
  for (const Attribute& a : d.attributes) {
    for (const Expr* x : a.args) on_expr(x);
  }
}

template <typename F>
void PatternExprs(const Pattern* p, F& on_expr) {
  if (!p) return;
  if (p->literal) on_expr(p->literal);
  for (const Pattern* q : p->args) PatternExprs(q, on_expr);
}

// Every expression inside statement `s`, at any depth of statements (but not inside those
// expressions): what an expression holding a statement (assert p; e) passes on as its children.
template <typename F>
void StmtExprs(const Stmt* s, F& on_expr) {
  ForEachChild(
      s, [&](const Expr* e) { on_expr(e); }, [&](const Stmt* inner) { StmtExprs(inner, on_expr); });
}

template <typename F>
void Loop(const LoopSpecs& l, F& on_expr) {
  for (const Spec& inv : l.invariants) on_expr(inv.expr);
  for (const Expr* d : l.decreases) on_expr(d);
  for (const Expr* m : l.modifies) on_expr(m);
}

}  // namespace visit_detail

// Calls `on_expr(const Expr*)` for each direct subexpression of `e`. For an expression that
// holds a statement (StmtInExpr), every expression of that statement counts as a subexpression.
template <typename F>
void ForEachSubExpr(const Expr* e, F&& on_expr) {
  switch (e->kind) {
    case ExprKind::BoolLiteral:
    case ExprKind::IntLiteral:
    case ExprKind::RealLiteral:
    case ExprKind::CharLiteral:
    case ExprKind::StringLiteral:
    case ExprKind::NullLiteral:
    case ExprKind::This:
    case ExprKind::Name:
    case ExprKind::Wildcard:
      break;
    case ExprKind::Paren:
      on_expr(static_cast<const ParenExpr*>(e)->inner);
      break;
    case ExprKind::Unary:
      on_expr(static_cast<const UnaryExpr*>(e)->operand);
      break;
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      on_expr(b->lhs);
      on_expr(b->rhs);
      break;
    }
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(e);
      on_expr(c->callee);
      for (const Expr* a : c->args) on_expr(a);
      break;
    }
    case ExprKind::Select:
      on_expr(static_cast<const SelectExpr*>(e)->object);
      break;
    case ExprKind::Index: {
      auto* i = static_cast<const IndexExpr*>(e);
      on_expr(i->seq);
      for (const Expr* x : i->indices) on_expr(x);
      break;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const SliceExpr*>(e);
      on_expr(s->seq);
      if (s->lo) on_expr(s->lo);
      if (s->hi) on_expr(s->hi);
      break;
    }
    case ExprKind::SeqUpdate: {
      auto* u = static_cast<const SeqUpdateExpr*>(e);
      on_expr(u->seq);
      on_expr(u->index);
      on_expr(u->value);
      break;
    }
    case ExprKind::Cardinality:
      on_expr(static_cast<const CardinalityExpr*>(e)->operand);
      break;
    case ExprKind::IfThenElse:
    case ExprKind::BindingIfThenElse: {
      auto* i = static_cast<const IfThenElseExpr*>(e);
      on_expr(i->cond);
      on_expr(i->then_branch);
      on_expr(i->else_branch);
      break;
    }
    case ExprKind::Old:
      on_expr(static_cast<const OldExpr*>(e)->operand);
      break;
    case ExprKind::Fresh:
    case ExprKind::Unchanged:
    case ExprKind::Allocated:
      for (const Expr* a : static_cast<const TwoStateExpr*>(e)->args) on_expr(a);
      break;
    case ExprKind::Quantifier: {
      auto* q = static_cast<const QuantifierExpr*>(e);
      visit_detail::Domain(q->domain, on_expr);
      on_expr(q->body);
      break;
    }
    case ExprKind::SeqDisplay:
    case ExprKind::SetDisplay:
    case ExprKind::MultisetDisplay:
      for (const Expr* x : static_cast<const DisplayExpr*>(e)->elements) on_expr(x);
      break;
    case ExprKind::MapDisplay: {
      auto* m = static_cast<const MapDisplayExpr*>(e);
      for (size_t i = 0; i < m->keys.size(); ++i) {
        on_expr(m->keys[i]);
        on_expr(m->values[i]);
      }
      break;
    }
    case ExprKind::SeqConstruction: {
      auto* s = static_cast<const SeqConstructionExpr*>(e);
      on_expr(s->length);
      on_expr(s->init);
      break;
    }
    case ExprKind::SetComprehension: {
      auto* s = static_cast<const SetComprehensionExpr*>(e);
      visit_detail::Domain(s->domain, on_expr);
      if (s->term) on_expr(s->term);
      break;
    }
    case ExprKind::MapComprehension: {
      auto* m = static_cast<const MapComprehensionExpr*>(e);
      visit_detail::Domain(m->domain, on_expr);
      if (m->key) on_expr(m->key);
      on_expr(m->value);
      break;
    }
    case ExprKind::Lambda: {
      auto* l = static_cast<const LambdaExpr*>(e);
      for (const Expr* r : l->reads) on_expr(r);
      for (const Expr* r : l->requires_) on_expr(r);
      on_expr(l->body);
      break;
    }
    case ExprKind::Let: {
      auto* l = static_cast<const LetExpr*>(e);
      for (const Pattern* p : l->lhs) visit_detail::PatternExprs(p, on_expr);
      for (const Expr* r : l->rhs) on_expr(r);
      on_expr(l->body);
      break;
    }
    case ExprKind::Match: {
      auto* m = static_cast<const MatchExpr*>(e);
      on_expr(m->scrutinee);
      for (const MatchCaseExpr& c : m->cases) {
        visit_detail::PatternExprs(c.pattern, on_expr);
        on_expr(c.body);
      }
      break;
    }
    case ExprKind::Tuple:
      for (const Expr* x : static_cast<const TupleExpr*>(e)->elements) on_expr(x);
      break;
    case ExprKind::Conversion:
    case ExprKind::TypeTest:
      on_expr(static_cast<const TypeOpExpr*>(e)->operand);
      break;
    case ExprKind::StmtInExpr: {
      auto* s = static_cast<const StmtInExprExpr*>(e);
      visit_detail::StmtExprs(s->stmt, on_expr);
      on_expr(s->body);
      break;
    }
    case ExprKind::DatatypeUpdate: {
      auto* u = static_cast<const DatatypeUpdateExpr*>(e);
      on_expr(u->object);
      for (const Expr* v : u->values) on_expr(v);
      break;
    }
    case ExprKind::FieldFrame: {
      auto* f = static_cast<const FieldFrameExpr*>(e);
      if (f->object) on_expr(f->object);
      break;
    }
    case ExprKind::New: {
      auto* n = static_cast<const NewRhsExpr*>(e);
      for (const Expr* a : n->args) on_expr(a);
      for (const Expr* d : n->dims) on_expr(d);
      if (n->init) on_expr(n->init);
      for (const Expr* x : n->elements) on_expr(x);
      break;
    }
    case ExprKind::PrefixName: {
      auto* p = static_cast<const PrefixNameExpr*>(e);
      on_expr(p->name);
      on_expr(p->depth);
      break;
    }
    case ExprKind::LabelledCallee:
      on_expr(static_cast<const LabelledCalleeExpr*>(e)->name);
      break;
    case ExprKind::NamedArg:
      on_expr(static_cast<const NamedArgExpr*>(e)->value);
      break;
    case ExprKind::DecreasesTo: {
      auto* d = static_cast<const DecreasesToExpr*>(e);
      for (const Expr* x : d->olds) on_expr(x);
      for (const Expr* x : d->news) on_expr(x);
      break;
    }
    case ExprKind::PrefixEquality: {
      auto* p = static_cast<const PrefixEqualityExpr*>(e);
      on_expr(p->lhs);
      on_expr(p->rhs);
      on_expr(p->depth);
      break;
    }
  }
}

// Calls `on_expr` for each expression and `on_stmt` for each statement directly inside `s`.
template <typename FE, typename FS>
void ForEachChild(const Stmt* s, FE&& on_expr, FS&& on_stmt) {
  switch (s->kind) {
    case StmtKind::Block:
      for (const Stmt* x : static_cast<const BlockStmt*>(s)->stmts) on_stmt(x);
      break;
    case StmtKind::VarDecl:
    case StmtKind::VarDeclUpdate: {
      auto* v = static_cast<const VarDeclStmt*>(s);
      visit_detail::PatternExprs(v->pattern, on_expr);
      for (const Expr* e : v->rhs) on_expr(e);
      if (v->update) on_stmt(v->update);
      break;
    }
    case StmtKind::Assign: {
      auto* a = static_cast<const AssignStmt*>(s);
      for (const Expr* e : a->lhs) on_expr(e);
      for (const Expr* e : a->rhs) on_expr(e);
      break;
    }
    case StmtKind::Call:
      on_expr(static_cast<const CallStmt*>(s)->call);
      break;
    case StmtKind::If:
    case StmtKind::BindingIf: {
      auto* i = static_cast<const IfStmt*>(s);
      if (i->cond) on_expr(i->cond);
      on_stmt(i->then_branch);
      if (i->else_branch) on_stmt(i->else_branch);
      break;
    }
    case StmtKind::While: {
      auto* w = static_cast<const WhileStmt*>(s);
      if (w->cond) on_expr(w->cond);
      for (const Spec& inv : w->invariants) on_expr(inv.expr);
      for (const Expr* d : w->decreases) on_expr(d);
      for (const Expr* m : w->modifies) on_expr(m);
      if (w->body) on_stmt(w->body);
      break;
    }
    case StmtKind::Return:
      for (const Expr* e : static_cast<const ReturnStmt*>(s)->values) on_expr(e);
      break;
    case StmtKind::Assert:
    case StmtKind::Assume:
    case StmtKind::Expect: {
      auto* p = static_cast<const PredicateStmt*>(s);
      on_expr(p->expr);
      if (p->message) on_expr(p->message);
      if (p->proof) on_stmt(p->proof);
      break;
    }
    case StmtKind::Print:
      for (const Expr* e : static_cast<const PrintStmt*>(s)->args) on_expr(e);
      break;
    case StmtKind::Break:
    case StmtKind::Continue:
      break;
    case StmtKind::Skeleton: {
      auto* sk = static_cast<const SkeletonStmt*>(s);
      if (sk->body) on_stmt(sk->body);
      if (sk->inner) on_stmt(sk->inner);
      break;
    }
    case StmtKind::For: {
      auto* f = static_cast<const ForStmt*>(s);
      on_expr(f->lo);
      on_expr(f->hi);
      visit_detail::Loop(f->specs, on_expr);
      if (f->body) on_stmt(f->body);
      break;
    }
    case StmtKind::AlternativeIf:
      for (const GuardedAlternative& c : static_cast<const AlternativeIfStmt*>(s)->cases) {
        on_expr(c.guard);
        for (const Stmt* x : c.body) on_stmt(x);
      }
      break;
    case StmtKind::AlternativeWhile: {
      auto* w = static_cast<const AlternativeWhileStmt*>(s);
      visit_detail::Loop(w->specs, on_expr);
      for (const GuardedAlternative& c : w->cases) {
        on_expr(c.guard);
        for (const Stmt* x : c.body) on_stmt(x);
      }
      break;
    }
    case StmtKind::Match: {
      auto* m = static_cast<const MatchStmt*>(s);
      on_expr(m->scrutinee);
      for (const MatchCaseStmt& c : m->cases) {
        visit_detail::PatternExprs(c.pattern, on_expr);
        for (const Stmt* x : c.body) on_stmt(x);
      }
      break;
    }
    case StmtKind::Forall: {
      auto* f = static_cast<const ForallStmt*>(s);
      visit_detail::Domain(f->domain, on_expr);
      for (const Spec& e : f->ensures) on_expr(e.expr);
      if (f->body) on_stmt(f->body);
      break;
    }
    case StmtKind::Modify: {
      auto* m = static_cast<const ModifyStmt*>(s);
      for (const Expr* e : m->frames) on_expr(e);
      if (m->body) on_stmt(m->body);
      break;
    }
    case StmtKind::Calc: {
      auto* c = static_cast<const CalcStmt*>(s);
      if (c->op.depth) on_expr(c->op.depth);
      for (const CalcStep& step : c->steps) {
        if (step.op.depth) on_expr(step.op.depth);
        for (const Stmt* h : step.hints) on_stmt(h);
        on_expr(step.line);
      }
      break;
    }
    case StmtKind::Reveal:
      for (const Expr* e : static_cast<const RevealStmt*>(s)->targets) on_expr(e);
      break;
    case StmtKind::AssignSuchThat: {
      auto* a = static_cast<const AssignSuchThatStmt*>(s);
      for (const Expr* e : a->lhs) on_expr(e);
      on_expr(a->expr);
      break;
    }
    case StmtKind::AssignOrReturn: {
      auto* a = static_cast<const AssignOrReturnStmt*>(s);
      for (const Expr* e : a->lhs) on_expr(e);
      for (const Expr* e : a->rhs) on_expr(e);
      break;
    }
    case StmtKind::Label: {
      auto* l = static_cast<const LabelStmt*>(s);
      if (l->body) on_stmt(l->body);
      break;
    }
    case StmtKind::Yield:
      for (const Expr* e : static_cast<const YieldStmt*>(s)->values) on_expr(e);
      break;
  }
}

}  // namespace dfy
