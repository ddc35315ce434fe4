// Printing of statements, one a line, blocks indented by two spaces.
#include "frontend/printer_impl.h"

namespace dfy::print {

void Printer::StmtList(const std::vector<dfy::Stmt*>& stmts) {
  for (const dfy::Stmt* s : stmts) {
    Line();
    Stmt(s);
  }
}

void Printer::Block(const BlockStmt* b, int new_divider) {
  if (!b) {
    Write("{ }");
    return;
  }
  Write("{");
  {
    Indent in(*this);
    for (size_t i = 0; i < b->stmts.size(); ++i) {
      if (static_cast<int>(i) == new_divider) {
        Line();
        Write("new;");
      }
      Line();
      Stmt(b->stmts[i]);
    }
    if (new_divider >= 0 && static_cast<size_t>(new_divider) >= b->stmts.size()) {
      Line();
      Write("new;");
    }
  }
  Line();
  Write("}");
}

void Printer::LoopSpecs(const dfy::LoopSpecs& specs) {
  Indent in(*this);
  Specs("invariant", specs.invariants, false);
  Decreases(specs.decreases, specs.decreases_star);
  Frames("modifies", specs.modifies);
}

static bool HasLoopSpecs(const LoopSpecs& specs) {
  return !specs.invariants.empty() || !specs.decreases.empty() || specs.decreases_star ||
         !specs.modifies.empty();
}

// The `{ case g => s ... }` of an alternative if or while.
void Printer::Alternatives(const std::vector<GuardedAlternative>& cases) {
  Write("{");
  {
    Indent in(*this);
    for (const GuardedAlternative& c : cases) {
      Line();
      Write("case ");
      Attributes(c.attributes);
      for (size_t i = 0; i < c.bound_vars.size(); ++i) {
        if (i) Write(", ");
        BoundVar(c.bound_vars[i]);
      }
      if (!c.bound_vars.empty()) Write(" :| ");
      Expr(c.guard);
      Write(" =>");
      Indent body(*this);
      StmtList(c.body);
    }
  }
  Line();
  Write("}");
}

void Printer::VarDecl(const VarDeclStmt* v) {
  bool all_ghost = !v->vars.empty();
  for (const Var* x : v->vars) all_ghost = all_ghost && x->ghost;
  Write(all_ghost ? "ghost var " : "var ");
  Attributes(v->attributes);
  if (v->pattern) {
    Pattern(v->pattern);
    Write(" := ");
    ExprList(v->rhs);
    Write(";");
    return;
  }
  for (size_t i = 0; i < v->vars.size(); ++i) {
    if (i) Write(", ");
    if (v->vars[i]->ghost && !all_ghost) Write("ghost ");
    BoundVar(v->vars[i]);
  }
  if (v->update) {
    if (v->update->kind == StmtKind::AssignSuchThat) {
      auto* a = static_cast<const AssignSuchThatStmt*>(v->update);
      Write(a->assume ? " :| assume " : " :| ");
      Attributes(a->assume_attributes);
      Expr(a->expr);
    } else if (v->update->kind == StmtKind::AssignOrReturn) {
      auto* a = static_cast<const AssignOrReturnStmt*>(v->update);
      Write(" :- ");
      if (!a->keyword.empty()) Write(a->keyword + " ");
      ExprList(a->rhs);
    }
    Write(";");
    return;
  }
  if (!v->rhs.empty()) {
    Write(" := ");
    ExprList(v->rhs);
  }
  Write(";");
}

void Printer::Predicate(const PredicateStmt* p) {
  Write(p->kind == StmtKind::Assert   ? "assert "
        : p->kind == StmtKind::Assume ? "assume "
                                      : "expect ");
  Attributes(p->attributes);
  if (!p->label.empty()) Write(p->label + ": ");
  Expr(p->expr);
  if (p->message) {
    Write(", ");
    Expr(p->message);
  }
  if (p->proof) {
    Write(" by ");
    Block(p->proof);
    return;
  }
  Write(";");
}

void Printer::CalcOp(const dfy::CalcOp& op) {
  Write(BinaryOpSpelling(op.op));
  if (op.depth) {
    Write("#[");
    Expr(op.depth);
    Write("]");
  }
}

void Printer::Calc(const CalcStmt* c) {
  Write("calc ");
  Attributes(c->attributes);
  if (c->has_op) {
    CalcOp(c->op);
    Write(" ");
  }
  Write("{");
  {
    Indent in(*this);
    for (size_t i = 0; i < c->steps.size(); ++i) {
      const CalcStep& step = c->steps[i];
      if (step.has_op || !step.hints.empty()) {
        Line();
        bool first = true;
        if (step.has_op) {
          CalcOp(step.op);
          first = false;
        }
        for (const dfy::Stmt* h : step.hints) {
          if (!first) Write(" ");
          first = false;
          Stmt(h);
        }
      }
      Line();
      Expr(step.line);
      Write(";");
    }
  }
  Line();
  Write("}");
}

void Printer::ForallStmt(const dfy::ForallStmt* f) {
  Write("forall");
  if (!f->attributes.empty()) {
    Write(" ");
    Attributes(f->attributes);
    if (!out_.empty() && out_.back() == ' ') out_.pop_back();
  }
  if (!f->domain.vars.empty()) {
    Write(" ");
    Domain(f->domain);
  }
  {
    Indent in(*this);
    Specs("ensures", f->ensures, false);
  }
  if (f->body) {
    if (f->ensures.empty()) {
      Write(" ");
    } else {
      Line();
    }
    Block(f->body);
  }
}

void Printer::Stmt(const dfy::Stmt* s) {
  if (!s) {
    Write("/*missing statement*/;");
    return;
  }
  switch (s->kind) {
    case StmtKind::Block:
      Block(static_cast<const BlockStmt*>(s));
      return;
    case StmtKind::VarDecl:
    case StmtKind::VarDeclUpdate:
      VarDecl(static_cast<const VarDeclStmt*>(s));
      return;
    case StmtKind::Assign: {
      auto* a = static_cast<const AssignStmt*>(s);
      ExprList(a->lhs);
      Write(" := ");
      ExprList(a->rhs);
      Write(";");
      return;
    }
    case StmtKind::Call:
      Expr(static_cast<const CallStmt*>(s)->call);
      Write(";");
      return;
    case StmtKind::If:
    case StmtKind::BindingIf: {
      auto* i = static_cast<const IfStmt*>(s);
      Write("if ");
      Attributes(i->attributes);
      if (s->kind == StmtKind::BindingIf) {
        for (size_t k = 0; k < i->bound_vars.size(); ++k) {
          if (k) Write(", ");
          BoundVar(i->bound_vars[k]);
        }
        Write(" :| ");
      }
      if (i->cond) {
        Expr(i->cond);
      } else {
        Write(ellipsis_guard_ ? "..." : "*");
        ellipsis_guard_ = false;
      }
      Write(" ");
      Block(i->then_branch);
      if (i->else_branch) {
        Write(" else ");
        Stmt(i->else_branch);
      }
      return;
    }
    case StmtKind::While: {
      auto* w = static_cast<const WhileStmt*>(s);
      Write("while ");
      Attributes(w->attributes);
      if (w->cond) {
        Expr(w->cond);
      } else {
        Write(ellipsis_guard_ ? "..." : "*");
        ellipsis_guard_ = false;
      }
      dfy::LoopSpecs specs{w->invariants, w->decreases, w->decreases_star, w->modifies,
                           w->decreases_star_at};
      LoopSpecs(specs);
      if (w->body) {
        if (HasLoopSpecs(specs)) {
          Line();
        } else {
          Write(" ");
        }
        Block(w->body);
      }
      return;
    }
    case StmtKind::Return: {
      auto* r = static_cast<const ReturnStmt*>(s);
      Write("return");
      if (!r->attributes.empty()) {
        Write(" ");
        Attributes(r->attributes);
        out_.pop_back();
      }
      if (!r->values.empty()) {
        Write(" ");
        ExprList(r->values);
      }
      Write(";");
      return;
    }
    case StmtKind::Assert:
    case StmtKind::Assume:
    case StmtKind::Expect:
      Predicate(static_cast<const PredicateStmt*>(s));
      return;
    case StmtKind::Print:
      Write("print ");
      ExprList(static_cast<const PrintStmt*>(s)->args);
      Write(";");
      return;
    case StmtKind::Break:
    case StmtKind::Continue: {
      auto* b = static_cast<const BreakStmt*>(s);
      bool cont = s->kind == StmtKind::Continue;
      if (!b->label.empty()) {
        Write(cont ? "continue " : "break ");
        if (cont) Attributes(b->attributes);
        Write(b->label + ";");
        return;
      }
      if (cont && b->count <= 1) {
        Write("continue");
        if (!b->attributes.empty()) {
          Write(" ");
          Attributes(b->attributes);
          out_.pop_back();
        }
        Write(";");
        return;
      }
      for (int k = 0; k < b->count - (cont ? 1 : 0); ++k) Write(k ? " break" : "break");
      Write(cont ? " continue;" : ";");
      return;
    }
    case StmtKind::For: {
      auto* f = static_cast<const ForStmt*>(s);
      Write("for ");
      Attributes(f->attributes);
      BoundVar(f->var);
      Write(" := ");
      Expr(f->lo);
      Write(f->down ? " downto " : " to ");
      Expr(f->hi);
      LoopSpecs(f->specs);
      if (f->body) {
        if (HasLoopSpecs(f->specs)) {
          Line();
        } else {
          Write(" ");
        }
        Block(f->body);
      }
      return;
    }
    case StmtKind::AlternativeIf: {
      auto* a = static_cast<const AlternativeIfStmt*>(s);
      Write("if ");
      Attributes(a->attributes);
      Alternatives(a->cases);
      return;
    }
    case StmtKind::AlternativeWhile: {
      auto* a = static_cast<const AlternativeWhileStmt*>(s);
      Write("while");
      if (!a->attributes.empty()) {
        Write(" ");
        Attributes(a->attributes);
        out_.pop_back();
      }
      LoopSpecs(a->specs);
      if (HasLoopSpecs(a->specs)) {
        Line();
      } else {
        Write(" ");
      }
      Alternatives(a->cases);
      return;
    }
    case StmtKind::Match: {
      auto* m = static_cast<const MatchStmt*>(s);
      Write("match ");
      Attributes(m->attributes);
      Expr(m->scrutinee);
      Write(" {");
      {
        Indent in(*this);
        for (const MatchCaseStmt& c : m->cases) {
          Line();
          Write("case ");
          Attributes(c.attributes);
          Pattern(c.pattern);
          Write(" =>");
          Indent body(*this);
          StmtList(c.body);
        }
      }
      Line();
      Write("}");
      return;
    }
    case StmtKind::Forall:
      ForallStmt(static_cast<const dfy::ForallStmt*>(s));
      return;
    case StmtKind::Modify: {
      auto* m = static_cast<const ModifyStmt*>(s);
      Write("modify ");
      Attributes(m->attributes);
      ExprList(m->frames);
      if (m->body) {
        Write(" ");
        Block(m->body);
      } else {
        Write(";");
      }
      return;
    }
    case StmtKind::Calc:
      Calc(static_cast<const CalcStmt*>(s));
      return;
    case StmtKind::Reveal: {
      auto* r = static_cast<const RevealStmt*>(s);
      Write(r->hide ? "hide " : "reveal ");
      if (r->targets.empty()) {
        Write("*");
      } else {
        ExprList(r->targets);
      }
      Write(";");
      return;
    }
    case StmtKind::AssignSuchThat: {
      auto* a = static_cast<const AssignSuchThatStmt*>(s);
      ExprList(a->lhs);
      Write(a->assume ? " :| assume " : " :| ");
      Attributes(a->assume_attributes);
      Expr(a->expr);
      Write(";");
      return;
    }
    case StmtKind::AssignOrReturn: {
      auto* a = static_cast<const AssignOrReturnStmt*>(s);
      if (!a->lhs.empty()) {
        ExprList(a->lhs);
        Write(" ");
      }
      Write(":- ");
      if (!a->keyword.empty()) Write(a->keyword + " ");
      ExprList(a->rhs);
      Write(";");
      return;
    }
    case StmtKind::Label: {
      auto* l = static_cast<const LabelStmt*>(s);
      Write("label " + l->label + ":");
      if (l->body) {
        Write(" ");
        Stmt(l->body);
      }
      return;
    }
    case StmtKind::Yield: {
      auto* y = static_cast<const YieldStmt*>(s);
      Write("yield");
      if (!y->values.empty()) {
        Write(" ");
        ExprList(y->values);
      }
      Write(";");
      return;
    }
    case StmtKind::Skeleton: {
      auto* sk = static_cast<const SkeletonStmt*>(s);
      switch (sk->of) {
        case StmtKind::Assert:
        case StmtKind::Assume:
        case StmtKind::Expect:
          Write(sk->of == StmtKind::Assert   ? "assert "
                : sk->of == StmtKind::Assume ? "assume "
                                             : "expect ");
          Attributes(sk->attributes);
          Write("...;");
          return;
        case StmtKind::Modify:
          Write("modify ...");
          if (sk->body) {
            Write(" ");
            Block(sk->body);
          } else {
            Write(";");
          }
          return;
        case StmtKind::If:
        case StmtKind::While:
          ellipsis_guard_ = true;
          Stmt(sk->inner);
          return;
        default:
          Write("...;");
          return;
      }
    }
  }
}

}  // namespace dfy::print
