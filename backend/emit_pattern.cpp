// Patterns (match cases, `var (a, b) := e`, let patterns) and expressions whose value is
// computed by statements: a function's if-then-else, match and let bodies become if-chains
// and locals (EmitReturn); elsewhere they are wrapped in an immediately invoked lambda.
#include <fmt/format.h>

#include "backend/emitter.h"

namespace dfy::backend {

std::string Emitter::CtorName(const DatatypeDecl* dt, size_t ctor) {
  const std::string& name = dt->ctors[ctor].name;
  // A C++ class cannot have a member named like itself (`datatype P = P(x: int)`), nor a
  // factory named like a destructor (`datatype Eva = E() | EExp(E: Eva)`).
  bool clash = name == dt->name;
  for (const DatatypeCtor& c : dt->ctors) {
    for (const Var* f : c.formals) clash = clash || f->name == name;
  }
  return clash ? "Create_" + CppName(name) : CppName(name);
}

std::pair<const DatatypeDecl*, size_t> Emitter::CtorInfo(const DatatypeCtor* c) {
  for (const Decl* d : rp_.decls()) {
    if (d->kind != DeclKind::Datatype) continue;
    auto* dt = static_cast<const DatatypeDecl*>(d);
    for (size_t i = 0; i < dt->ctors.size(); ++i) {
      if (&dt->ctors[i] == c) return {dt, i};
    }
  }
  return {nullptr, 0};
}

std::string Emitter::FieldAccess(const std::string& value, const DatatypeDecl* dt, size_t ctor,
                                 size_t formal) {
  const Var* f = dt->ctors[ctor].formals[formal];
  if (f->name.empty()) return fmt::format("{}.rep_->_{}_{}", value, ctor, formal);
  return value + "." + CppName(f->name) + "()";
}

// The tuple type `p`, a tuple pattern, matches: t's base when t is a tuple type of as many
// components, else null (its components then have no ghost ones, as the resolver made them).
const Type* Emitter::TupleTypeOf(const Type* t, const Pattern* p) const {
  const Type* b = t ? BaseOf(t) : nullptr;
  if (!b || b->kind != TypeKind::Tuple || b->args.size() != p->args.size()) return nullptr;
  return b;
}

// The type of formal j of constructor c of dt in a value of type t (null when t is).
const Type* Emitter::FormalType(const Type* t, const DatatypeDecl* dt, const DatatypeCtor* c,
                                size_t j) const {
  const Type* b = t ? BaseOf(t) : nullptr;
  if (!b) return nullptr;
  return SubstTypeParams(rp_.TypeOf(c->formals[j]), dt->type_params, b->args);
}

std::string Emitter::PatternTest(const Pattern* p, const std::string& value, const Type* t) {
  std::vector<std::string> conj;
  switch (p->kind) {
    case PatternKind::Ident:
    case PatternKind::Ctor: {
      const DatatypeCtor* c = rp_.PatternCtor(p);
      if (!c) {
        if (p->kind == PatternKind::Ctor) Unsupported(p->range, "this pattern");
        return "true";
      }
      auto [dt, index] = CtorInfo(c);
      if (!dt) {
        Unsupported(p->range, "this pattern");
        return "true";
      }
      if (dt->ctors.size() > 1) conj.push_back(value + ".is_" + CppName(c->name) + "()");
      for (size_t j = 0; j < p->args.size() && j < c->formals.size(); ++j) {
        if (rp_.IsGhost(c->formals[j])) continue;
        std::string sub =
            PatternTest(p->args[j], FieldAccess(value, dt, index, j), FormalType(t, dt, c, j));
        if (sub != "true") conj.push_back(sub);
      }
      break;
    }
    case PatternKind::Tuple: {
      const Type* tt = TupleTypeOf(t, p);
      for (size_t j = 0; j < p->args.size(); ++j) {
        if (tt && IsGhostComponent(tt, j)) continue;
        std::string sub =
            PatternTest(p->args[j], TupleComponent(tt, j, value), tt ? tt->args[j] : nullptr);
        if (sub != "true") conj.push_back(sub);
      }
      break;
    }
    case PatternKind::Literal:
      return "(" + value + " == " + Expr(p->literal) + ")";
    case PatternKind::Disjunction: {
      std::vector<std::string> disj;
      for (const Pattern* q : p->args) disj.push_back(PatternTest(q, value, t));
      for (const std::string& d : disj) {
        if (d == "true") return "true";
      }
      return "(" + Join(disj, " || ") + ")";
    }
  }
  if (conj.empty()) return "true";
  if (conj.size() == 1) return conj[0];
  return "(" + Join(conj, " && ") + ")";
}

void Emitter::BindPattern(const Pattern* p, const std::string& value, const Type* t) {
  switch (p->kind) {
    case PatternKind::Ident: {
      if (rp_.PatternCtor(p) || !p->var || p->var->name == "_" || p->var->name.empty()) return;
      if (rp_.IsGhost(p->var)) return;
      const Type* vt = rp_.TypeOf(p->var);
      std::string type = vt ? CppType(vt, p->range) : "auto";
      Line(fmt::format("{}{} {} = {};", UnusedMark(p->var), type, DeclareLocal(p->var), value));
      return;
    }
    case PatternKind::Ctor: {
      const DatatypeCtor* c = rp_.PatternCtor(p);
      if (!c) return;
      auto [dt, index] = CtorInfo(c);
      if (!dt) return;
      for (size_t j = 0; j < p->args.size() && j < c->formals.size(); ++j) {
        if (rp_.IsGhost(c->formals[j])) continue;
        BindPattern(p->args[j], FieldAccess(value, dt, index, j), FormalType(t, dt, c, j));
      }
      return;
    }
    case PatternKind::Tuple: {
      const Type* tt = TupleTypeOf(t, p);
      for (size_t j = 0; j < p->args.size(); ++j) {
        if (tt && IsGhostComponent(tt, j)) continue;
        BindPattern(p->args[j], TupleComponent(tt, j, value), tt ? tt->args[j] : nullptr);
      }
      return;
    }
    case PatternKind::Literal:
      return;
    case PatternKind::Disjunction:
      // Dafny allows no variables in the alternatives of a disjunctive pattern.
      return;
  }
}

void Emitter::EmitReturn(const dfy::Expr* e) {
  switch (e->kind) {
    case ExprKind::Paren:
      EmitReturn(static_cast<const ParenExpr*>(e)->inner);
      return;
    case ExprKind::IfThenElse: {
      auto* i = static_cast<const IfThenElseExpr*>(e);
      // Dafny's ghost-ITE rule: at the top of a compiled function's body, a branch whose every
      // result calls the function again with the same compiled arguments (only ghost ones
      // change) is not compiled; the other branch is, without the test (often ghost).
      if (ite_top_ && OnlyGhostArgsChange(i->then_branch)) {
        EmitReturn(i->else_branch);
        return;
      }
      if (ite_top_ && OnlyGhostArgsChange(i->else_branch)) {
        EmitReturn(i->then_branch);
        return;
      }
      Line("if (" + Expr(i->cond) + ") {");
      ++indent_;
      if (cover_ite_) Cover(i->then_branch->tok, "then branch");
      EmitReturn(i->then_branch);
      --indent_;
      const dfy::Expr* rest = i->else_branch;
      while (rest->kind == ExprKind::Paren) rest = static_cast<const ParenExpr*>(rest)->inner;
      if (rest->kind == ExprKind::IfThenElse) {
        out_ += Indent() + "} else ";
        size_t mark = out_.size();
        EmitReturn(rest);
        size_t first = out_.find_first_not_of(' ', mark);
        out_.erase(mark, first - mark);
        return;
      }
      Line("} else {");
      ++indent_;
      // Dafny's compilers mark the else branch at the then branch's position.
      if (cover_ite_) Cover(i->then_branch->tok, "else branch");
      EmitReturn(rest);
      --indent_;
      Line("}");
      return;
    }
    case ExprKind::Match: {
      auto* m = static_cast<const dfy::MatchExpr*>(e);
      std::string source = Fresh("source");
      Line(fmt::format("{} const& {} = {};", CppType(rp_.TypeOf(m->scrutinee), m->scrutinee->tok),
                       source, Expr(m->scrutinee)));
      bool first = true;
      bool total = false;
      for (const MatchCaseExpr& c : m->cases) {
        std::string test = PatternTest(c.pattern, source, rp_.TypeOf(m->scrutinee));
        if (test == "true") {
          Line(first ? "{" : "} else {");
          total = true;
        } else {
          Line(fmt::format("{}if ({}) {{", first ? "" : "} else ", test));
        }
        first = false;
        ++indent_;
        Cover(c.range, "case body");
        BindPattern(c.pattern, source, rp_.TypeOf(m->scrutinee));
        EmitReturn(c.body);
        --indent_;
        if (total) break;
      }
      if (!first) Line("}");
      if (!total) Line("dfy::Unreachable();");
      return;
    }
    case ExprKind::Let: {
      auto* l = static_cast<const dfy::LetExpr*>(e);
      if (l->ghost) {
        EmitReturn(l->body);
        return;
      }
      if (l->op == LetOp::SuchThat && l->rhs.size() == 1) {
        // var x :| P(x); body: the verifier proved that P determines x uniquely, so any value
        // the search finds will do.
        Line("{");
        ++indent_;
        std::vector<const Var*> vars;
        std::vector<std::string> names;
        // Each left-hand side is a variable: any other pattern is Dafny's parse error ("LHS of
        // let-such-that expression must be variables, not general patterns").
        for (const Pattern* p : l->lhs) {
          const Type* vt = rp_.TypeOf(p->var);
          std::string name = DeclareLocal(p->var);
          Line(fmt::format("{} {} = {};", CppType(vt, p->range), name, DefaultValue(vt, p->range)));
          vars.push_back(p->var);
          names.push_back(name);
        }
        EmitAssignSuchThat(vars, names, l->rhs[0], e->tok, "", "let-such-that expression");
        EmitReturn(l->body);
        --indent_;
        Line("}");
        return;
      }
      if (l->op == LetOp::AssignOrReturn) {
        EmitLetOrReturn(l);
        return;
      }
      Line("{");
      ++indent_;
      for (size_t i = 0; i < l->lhs.size() && i < l->rhs.size(); ++i) {
        const Pattern* p = l->lhs[i];
        if (p->kind == PatternKind::Ident && !rp_.PatternCtor(p) && p->var) {
          if (rp_.IsGhost(p->var)) continue;
          const Type* vt = rp_.TypeOf(p->var);
          std::string init = ExprAs(l->rhs[i], vt);
          Line(fmt::format("{}{} {} = {};", UnusedMark(p->var), CppType(vt, p->range),
                           DeclareLocal(p->var), init));
        } else {
          std::string tmp = Fresh("let");
          Line(fmt::format("auto {} = {};", tmp, Expr(l->rhs[i])));
          BindPattern(p, tmp, rp_.TypeOf(l->rhs[i]));
        }
      }
      EmitReturn(l->body);
      --indent_;
      Line("}");
      return;
    }
    case ExprKind::StmtInExpr: {
      auto* s = static_cast<const StmtInExprExpr*>(e);
      StmtKind k = s->stmt->kind;
      bool ghost = k == StmtKind::Assert || k == StmtKind::Assume || k == StmtKind::Reveal ||
                   k == StmtKind::Calc;
      if (k == StmtKind::Call) {
        const MethodDecl* m = rp_.CalleeOf(static_cast<const CallStmt*>(s->stmt)->call).method;
        ghost = m && !IsCompiled(m);
      }
      if (ghost) {
        EmitReturn(s->body);
        return;
      }
      break;
    }
    default:
      break;
  }
  if (tail_self_ && e->kind == ExprKind::Call &&
      IsSelfCall(static_cast<const dfy::CallExpr*>(e), tail_self_)) {
    EmitTailCall(static_cast<const dfy::CallExpr*>(e));
    return;
  }
  Line("return " + Expr(e) + ";");
}

std::string Emitter::Iife(const Type* t, SourceRange where, const std::function<void()>& body) {
  std::string saved = std::move(out_);
  out_.clear();
  ++indent_;
  // A `return` in the lambda is not the enclosing callable's: no tail call there, and not the
  // top of the function's body.
  const Decl* saved_tail = tail_self_;
  const FunctionDecl* saved_top = ite_top_;
  tail_self_ = nullptr;
  ite_top_ = nullptr;
  body();
  tail_self_ = saved_tail;
  ite_top_ = saved_top;
  --indent_;
  std::string inner = std::move(out_);
  out_ = std::move(saved);
  return "[&]() -> " + CppType(t, where) + " {\n" + inner + Indent() + "}()";
}

namespace {

// Dafny's TerminalExpressions: the results of e through parentheses, if-then-else, `assert p;
// e` and let, where a let's result that is one of its variables is that variable's value.
void Terminals(const dfy::Expr* e, const ResolvedProgram& rp, std::vector<const dfy::Expr*>& out) {
  switch (e->kind) {
    case ExprKind::Paren:
      Terminals(static_cast<const ParenExpr*>(e)->inner, rp, out);
      return;
    case ExprKind::IfThenElse: {
      auto* i = static_cast<const IfThenElseExpr*>(e);
      Terminals(i->then_branch, rp, out);
      Terminals(i->else_branch, rp, out);
      return;
    }
    case ExprKind::StmtInExpr:
      Terminals(static_cast<const StmtInExprExpr*>(e)->body, rp, out);
      return;
    case ExprKind::Let: {
      auto* l = static_cast<const dfy::LetExpr*>(e);
      std::vector<const dfy::Expr*> body;
      Terminals(l->body, rp, body);
      for (const dfy::Expr* t : body) {
        const dfy::Expr* value = nullptr;
        if (l->op == LetOp::Assign && l->lhs.size() == l->rhs.size() && t->kind == ExprKind::Name) {
          for (size_t k = 0; k < l->lhs.size(); ++k) {
            const Var* v = l->lhs[k]->var;
            if (v && l->lhs[k]->kind == PatternKind::Ident && rp.BindingOf(t).var == v) {
              value = l->rhs[k];
            }
          }
        }
        if (value) {
          Terminals(value, rp, out);
        } else {
          out.push_back(t);
        }
      }
      return;
    }
    default:
      out.push_back(e);
  }
}

}  // namespace

bool Emitter::OnlyGhostArgsChange(const dfy::Expr* e) {
  std::vector<const dfy::Expr*> terminals;
  Terminals(e, rp_, terminals);
  for (const dfy::Expr* t : terminals) {
    if (!IsSelfCallWithSameArgs(t)) return false;
  }
  return true;
}

bool Emitter::IsSelfCallWithSameArgs(const dfy::Expr* e) {
  if (e->kind != ExprKind::Call) return false;
  auto* c = static_cast<const dfy::CallExpr*>(e);
  if (rp_.CalleeOf(c).function != ite_top_ || c->args.size() != ite_top_->params.size()) {
    return false;
  }
  // The receiver is `this`, implicitly or explicitly.
  if (!ite_top_->is_static && c->callee->kind == ExprKind::Select &&
      static_cast<const dfy::SelectExpr*>(c->callee)->object->kind != ExprKind::This) {
    return false;
  }
  for (size_t k = 0; k < c->args.size(); ++k) {
    const Var* formal = ite_top_->params[k];
    if (rp_.IsGhost(formal)) continue;
    const dfy::Expr* a = c->args[k];
    while (a->kind == ExprKind::Paren) a = static_cast<const ParenExpr*>(a)->inner;
    if (a->kind != ExprKind::Name || rp_.BindingOf(a).var != formal) return false;
  }
  return true;
}

}  // namespace dfy::backend
