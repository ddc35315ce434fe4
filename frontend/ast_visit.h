// Generic traversal of the AST: the direct children of an expression or a statement.
#pragma once

#include "frontend/ast.h"

namespace dfy {

// Calls `on_expr(const Expr*)` for each direct subexpression of `e`.
template <typename F>
void ForEachSubExpr(const Expr* e, F&& on_expr) {
  switch (e->kind) {
    case ExprKind::Paren: on_expr(static_cast<const ParenExpr*>(e)->inner); break;
    case ExprKind::Unary: on_expr(static_cast<const UnaryExpr*>(e)->operand); break;
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
    case ExprKind::Select: on_expr(static_cast<const SelectExpr*>(e)->object); break;
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
    case ExprKind::Cardinality: on_expr(static_cast<const CardinalityExpr*>(e)->operand); break;
    case ExprKind::IfThenElse: {
      auto* i = static_cast<const IfThenElseExpr*>(e);
      on_expr(i->cond);
      on_expr(i->then_branch);
      on_expr(i->else_branch);
      break;
    }
    case ExprKind::Old: on_expr(static_cast<const OldExpr*>(e)->operand); break;
    default: break;
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
      for (const Expr* e : static_cast<const VarDeclStmt*>(s)->rhs) on_expr(e);
      break;
    case StmtKind::Assign: {
      auto* a = static_cast<const AssignStmt*>(s);
      for (const Expr* e : a->lhs) on_expr(e);
      for (const Expr* e : a->rhs) on_expr(e);
      break;
    }
    case StmtKind::Call: on_expr(static_cast<const CallStmt*>(s)->call); break;
    case StmtKind::If: {
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
    default:
      break;
  }
}

}  // namespace dfy
