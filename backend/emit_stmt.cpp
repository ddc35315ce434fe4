// Statements. Ghost statements (assert, calc, reveal, ghost variables) are erased; loops map to
// C++ loops, with `goto` only for labelled and multi-level break and continue.
#include <fmt/format.h>

#include <utility>

#include "backend/emitter.h"
#include "frontend/ast_visit.h"
#include "frontend/stmt_compiles.h"

namespace dfy::backend {

std::string CppLiteral(const std::string& utf8) {
  std::string out = "\"";
  for (unsigned char ch : utf8) {
    switch (ch) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (ch < 0x20 || ch >= 0x7F) {
          out += fmt::format("\\{:03o}", ch);
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  return out + "\"";
}

bool Emitter::IsMethodCall(const dfy::Expr* e) const {
  return e->kind == ExprKind::Call && rp_.CalleeOf(static_cast<const dfy::CallExpr*>(e)).method;
}

void Emitter::EmitBlockBody(const std::vector<Stmt*>& stmts) {
  for (const Stmt* s : stmts) EmitStmt(s);
}

std::string Emitter::ReturnOuts() {
  if (iterator_) return "co_return;";
  if (!method_ || method_->flavor == MethodFlavor::Constructor) return "return;";
  std::vector<std::string> names;
  for (const Var* o : method_->outs) {
    if (!rp_.IsGhost(o)) names.push_back(CppName(o->name));
  }
  if (names.empty()) return "return;";
  if (names.size() == 1) return "return " + names[0] + ";";
  return "return {" + Join(names) + "};";
}

void Emitter::CallInto(const dfy::CallExpr* call, const MethodDecl* m,
                       const std::vector<std::string>& targets,
                       const std::vector<const Type*>& target_types) {
  (void)target_types;
  std::string c = CallExpr(call);
  size_t outs = 0;
  for (const Var* o : m->outs) outs += !rp_.IsGhost(o);
  if (outs == 0 || targets.empty()) {
    Line(c + ";");
  } else if (outs == 1) {
    Line(targets[0] + " = " + c + ";");
  } else {
    std::vector<std::string> ts;
    for (const std::string& t : targets) ts.push_back(t.empty() ? "std::ignore" : t);
    Line(fmt::format("std::tie({}) = {};", Join(ts), c));
  }
}

void Emitter::EmitStmt(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Block:
      Line("{");
      ++indent_;
      EmitBlockBody(static_cast<const BlockStmt*>(s)->stmts);
      --indent_;
      Line("}");
      return;
    case StmtKind::VarDecl:
    case StmtKind::VarDeclUpdate:
      EmitVarDecl(static_cast<const VarDeclStmt*>(s));
      return;
    case StmtKind::Assign:
      EmitAssign(static_cast<const AssignStmt*>(s));
      return;
    case StmtKind::Call: {
      auto* cs = static_cast<const CallStmt*>(s);
      const MethodDecl* m = rp_.CalleeOf(cs->call).method;
      if (!m) {
        Unsupported(cs->call->tok, "this call statement");
        return;
      }
      if (tail_stmts_.count(s)) {
        EmitTailCall(cs->call);
        return;
      }
      if (IsCompiled(m)) CallInto(cs->call, m, {}, {});
      return;
    }
    case StmtKind::If:
    case StmtKind::BindingIf:
      EmitIf(static_cast<const IfStmt*>(s));
      return;
    case StmtKind::While: {
      auto* ws = static_cast<const WhileStmt*>(s);
      if (!ws->body) {
        Error(s->range, "a loop without a body cannot be compiled");
        return;
      }
      // `while *` may stop before any iteration: Dafny's compilers choose to run none. A loop
      // on a ghost condition is ghost.
      if (!ws->cond) CoverUnused(ws->body->range, "while body");
      if (!ws->cond || MentionsGhost(ws->cond)) return;
      // A loop whose body compiles to nothing is ghost too, unless it is `decreases *`.
      if (!ws->decreases_star && !StmtCompiles(ws->body)) return;
      JumpTarget t{s, true, "", next_target_++};
      Line("while (" + Expr(ws->cond) + ") {");
      prologue_ = CoverageRecord(ws->body->range, "while body");
      EmitLoopBody(ws->body, t);
      return;
    }
    case StmtKind::For:
      EmitFor(static_cast<const ForStmt*>(s));
      return;
    case StmtKind::Break:
    case StmtKind::Continue:
      EmitBreak(static_cast<const BreakStmt*>(s));
      return;
    case StmtKind::Label: {
      auto* ls = static_cast<const LabelStmt*>(s);
      if (!ls->body) return;
      if (ls->body->kind == StmtKind::While || ls->body->kind == StmtKind::For ||
          ls->body->kind == StmtKind::AlternativeWhile) {
        pending_label_ = ls->label;
        EmitStmt(ls->body);
        return;
      }
      targets_.push_back({s, false, ls->label, next_target_++});
      EmitStmt(ls->body);
      JumpTarget t = targets_.back();
      targets_.pop_back();
      if (t.used_break_label) Line(fmt::format("_break{}:;", t.id));
      return;
    }
    case StmtKind::Return: {
      auto* rs = static_cast<const ReturnStmt*>(s);
      if (!method_ && by_method_) {
        const Var* r = by_method_->result;
        if (rs->values.size() == 1) {
          Line("return " + ExprAs(rs->values[0], rp_.ResultType(by_method_)) + ";");
        } else if (r && !r->name.empty()) {
          Line("return " + CppName(r->name) + ";");
        } else {
          Unsupported(s->range, "this return statement");
        }
        return;
      }
      if (!method_) {
        Unsupported(s->range, "return statements here");
        return;
      }
      if (!rs->values.empty()) {
        std::vector<std::string> outs;
        for (const Var* o : method_->outs) outs.push_back(rp_.IsGhost(o) ? "" : CppName(o->name));
        if (rs->values.size() == 1 && IsMethodCall(rs->values[0])) {
          auto* call = static_cast<const dfy::CallExpr*>(rs->values[0]);
          CallInto(call, rp_.CalleeOf(call).method, outs, {});
        } else if (rs->values.size() == 1) {
          if (!outs[0].empty()) Line(outs[0] + " = " + Expr(rs->values[0]) + ";");
        } else {
          // Every value is computed before any out-parameter changes.
          std::vector<std::string> temps;
          for (size_t i = 0; i < rs->values.size(); ++i) {
            if (outs[i].empty()) continue;
            temps.push_back(Fresh("out"));
            Line(fmt::format("auto {} = {};", temps.back(), Expr(rs->values[i])));
          }
          size_t k = 0;
          for (size_t i = 0; i < rs->values.size(); ++i) {
            if (!outs[i].empty()) Line(fmt::format("{} = std::move({});", outs[i], temps[k++]));
          }
        }
      }
      Line(ReturnOuts());
      return;
    }
    case StmtKind::Assert:
    case StmtKind::Calc:
    case StmtKind::Reveal:
      return;  // ghost
    case StmtKind::Forall:
      EmitForall(static_cast<const ForallStmt*>(s));
      return;
    case StmtKind::Modify: {
      // The frame is the verifier's; `modify e { S }` (deprecated) runs S.
      auto* ms = static_cast<const ModifyStmt*>(s);
      if (ms->body) {
        Line("{");
        ++indent_;
        EmitBlockBody(ms->body->stmts);
        --indent_;
        Line("}");
      }
      return;
    }
    case StmtKind::Assume:
      // As in Dafny 4: an assume without {:axiom} is the resolver's warning, which fails the
      // build unless --allow-warnings; with it, the assumption is erased like an assert.
      return;
    case StmtKind::Expect:
      EmitExpect(static_cast<const PredicateStmt*>(s));
      return;
    case StmtKind::AssignOrReturn:
      EmitAssignOrReturn(static_cast<const AssignOrReturnStmt*>(s), nullptr);
      return;
    case StmtKind::Print:
      EmitPrint(static_cast<const PrintStmt*>(s));
      return;
    case StmtKind::Yield:
      EmitYield(static_cast<const YieldStmt*>(s));
      return;
    case StmtKind::AlternativeIf: {
      auto* ai = static_cast<const AlternativeIfStmt*>(s);
      EmitGuardedChain(ai->cases, 0, false, [&](const GuardedAlternative& c) {
        Cover(c.range, "if-case branch");
        EmitBlockBody(c.body);
      });
      return;
    }
    case StmtKind::AlternativeWhile: {
      auto* aw = static_cast<const AlternativeWhileStmt*>(s);
      // Its label, if any (`label L: while case ...`), for `break L` and `continue L`.
      JumpTarget t{s, true, std::exchange(pending_label_, ""), next_target_++};
      Line("while (true) {");
      ++indent_;
      EmitGuardedChain(
          aw->cases, 0, false,
          [&](const GuardedAlternative& c) {
            targets_.push_back(t);
            Cover(c.range, "while-case branch");
            EmitBlockBody(c.body);
            t = targets_.back();
            targets_.pop_back();
          },
          "break;");
      if (t.used_continue_label) Line(fmt::format("_continue{}:;", t.id));
      --indent_;
      Line("}");
      if (t.used_break_label) Line(fmt::format("_break{}:;", t.id));
      return;
    }
    case StmtKind::Match:
      EmitMatchStmt(static_cast<const MatchStmt*>(s));
      return;
    case StmtKind::AssignSuchThat: {
      auto* st = static_cast<const AssignSuchThatStmt*>(s);
      // `x :| assume P;` is ghost in Dafny (its values are assumed, not found): erased, so the
      // left-hand sides keep their values.
      if (st->assume) return;
      std::vector<const Var*> vars;
      std::vector<std::string> lhs;
      for (const dfy::Expr* l : st->lhs) {
        const Var* v = rp_.BindingOf(l).var;
        if (!v) {
          Unsupported(l->tok, "':|' assignments to anything but local variables");
          return;
        }
        if (rp_.IsGhost(v)) return;
        vars.push_back(v);
        lhs.push_back(var_alias_.count(v) ? var_alias_[v] : CppName(v->name));
      }
      EmitAssignSuchThat(vars, lhs, st->expr, st->op);
      return;
    }
    default:
      Unsupported(s->range, fmt::format("{} statements", StmtKindName(s->kind)));
  }
}

void Emitter::EmitVarDecl(const VarDeclStmt* vd) {
  if (vd->pattern) {
    bool ghost = true;
    for (const Var* v : vd->vars) ghost = ghost && rp_.IsGhost(v);
    if (ghost && !vd->vars.empty()) return;
    std::string tmp = Fresh("let");
    Line(fmt::format("auto {} = {};", tmp, Expr(vd->rhs.at(0))));
    BindPattern(vd->pattern, tmp, rp_.TypeOf(vd->rhs.at(0)));
    return;
  }
  if (vd->update && vd->update->kind == StmtKind::AssignOrReturn) {
    // `var x :- e;`: x is declared where the value is extracted.
    EmitAssignOrReturn(static_cast<const AssignOrReturnStmt*>(vd->update), vd);
    return;
  }
  bool method_call = vd->rhs.size() == 1 && IsMethodCall(vd->rhs[0]);
  std::vector<std::string> targets;
  for (size_t i = 0; i < vd->vars.size(); ++i) {
    const Var* v = vd->vars[i];
    if (rp_.IsGhost(v)) {
      targets.push_back("");
      continue;
    }
    const Type* t = rp_.TypeOf(v);
    // The initializer refers to what its names meant before this declaration: an outer local
    // of the same name keeps its C++ name (the new one gets another); a function of the same
    // name is qualified (C++ puts the new local in scope in its own initializer).
    std::string name = DeclareLocal(v);
    std::string init = !method_call && i < vd->rhs.size() && vd->rhs[i]->kind != ExprKind::Wildcard
                           ? ExprAs(vd->rhs[i], t)
                           : DefaultValue(t, v->range);
    Line(UnusedMark(v) + CppType(t, v->range) + " " + name + " = " + init + ";");
    targets.push_back(name);
  }
  if (method_call) {
    auto* call = static_cast<const dfy::CallExpr*>(vd->rhs[0]);
    const MethodDecl* m = rp_.CalleeOf(call).method;
    if (IsCompiled(m)) CallInto(call, m, targets, {});
  }
  if (vd->update) EmitStmt(vd->update);
}

void Emitter::EmitForall(const ForallStmt* fs) {
  // As Dafny classifies them: a forall statement whose body is one assignment (`forall i | R
  // { a[i] := E; }`) updates the heap; any other (with ensures, a lemma call, a proof) is ghost.
  const Stmt* body = fs->body;
  while (body && body->kind == StmtKind::Block &&
         static_cast<const BlockStmt*>(body)->stmts.size() == 1) {
    body = static_cast<const BlockStmt*>(body)->stmts[0];
  }
  if (!body || !fs->ensures.empty() || body->kind != StmtKind::Assign) return;
  auto* as = static_cast<const AssignStmt*>(body);
  // `a[i], b[i] := 0, 1;` makes the forall statement a proof, whose assignments to compiled
  // state the resolver rejects (resolve_ghost.cpp, CheckForallGhost).
  if (as->lhs.size() != 1 || as->rhs.size() != 1) return;
  const dfy::Expr* lhs = as->lhs[0];
  const Decl* member = rp_.BindingOf(lhs).member;
  if (member && member->ghost) return;
  // Every location and value is computed in the state before the statement, then all are
  // written: the locations are addresses into arrays and objects, which do not move.
  const Type* t = rp_.TypeOf(lhs);
  std::string type = CppType(t, lhs->tok), writes = Fresh("writes");
  Line("{");
  ++indent_;
  Line(fmt::format("std::vector<std::pair<{}*, {}>> {};", type, type, writes));
  EnumerateDomain(fs->domain, nullptr, [&] {
    Line(fmt::format("{}.emplace_back(&({}), {});", writes, Expr(lhs), ExprAs(as->rhs[0], t)));
  });
  Line(fmt::format("for (auto& [at, value] : {}) *at = std::move(value);", writes));
  --indent_;
  Line("}");
}

void Emitter::EmitAssign(const AssignStmt* as) {
  auto ghost_target = [&](const dfy::Expr* l) {
    const Var* v = rp_.BindingOf(l).var;
    if (v && rp_.IsGhost(v)) return true;
    const Decl* m = rp_.BindingOf(l).member;
    return m && m->ghost;
  };
  if (tail_stmts_.count(as)) {
    const dfy::Expr* r = as->rhs[0];
    while (r->kind == ExprKind::Paren) r = static_cast<const ParenExpr*>(r)->inner;
    EmitTailCall(static_cast<const dfy::CallExpr*>(r));
    return;
  }
  if (as->rhs.size() == 1 && IsMethodCall(as->rhs[0])) {
    auto* call = static_cast<const dfy::CallExpr*>(as->rhs[0]);
    const MethodDecl* m = rp_.CalleeOf(call).method;
    if (!IsCompiled(m)) return;
    std::vector<std::string> targets;
    for (const dfy::Expr* l : as->lhs) targets.push_back(ghost_target(l) ? "" : AssignTarget(l));
    CallInto(call, m, targets, {});
    return;
  }
  auto rhs = [&](size_t i) {
    const dfy::Expr* r = as->rhs[i];
    if (r->kind == ExprKind::Wildcard) return DefaultValue(rp_.TypeOf(as->lhs[i]), r->tok);
    return ExprAs(r, rp_.TypeOf(as->lhs[i]));
  };
  if (as->lhs.size() == 1) {
    if (!ghost_target(as->lhs[0])) {
      // `s := s + {x}`, `m := m[k := v]`: s's old value is dead, so the update may reuse its
      // storage in place (the collections copy storage only when it is shared).
      std::string compound = CompoundAssign(as->lhs[0], as->rhs[0]);
      if (!compound.empty()) {
        Line(compound);
        return;
      }
      move_from_ = MovableOperand(as->lhs[0], as->rhs[0]);
      std::string r = rhs(0);
      move_from_ = nullptr;
      Line(AssignTarget(as->lhs[0]) + " = " + r + ";");
    }
    return;
  }
  // Parallel assignment: every right-hand side is evaluated before any assignment. A side that
  // is just a local variable assigned by this statement (`a, b := b, a + b`) is evaluated last
  // and moved, since its old value is not needed after (expressions have no effects, so the
  // order is not observable).
  auto plain_target = [&](size_t i) -> const Var* {
    const dfy::Expr* r = as->rhs[i];
    while (r->kind == ExprKind::Paren) r = static_cast<const ParenExpr*>(r)->inner;
    const Var* v = r->kind == ExprKind::Name ? rp_.BindingOf(r).var : nullptr;
    if (!v || var_alias_.count(v) || rp_.IsGhost(v)) return nullptr;
    int reads = 0;
    bool assigned = false;
    for (size_t j = 0; j < as->rhs.size(); ++j) {
      const dfy::Expr* o = as->rhs[j];
      while (o->kind == ExprKind::Paren) o = static_cast<const ParenExpr*>(o)->inner;
      if (o->kind == ExprKind::Name && rp_.BindingOf(o).var == v) ++reads;
      const dfy::Expr* l = as->lhs[j];
      assigned = assigned || (l->kind == ExprKind::Name && rp_.BindingOf(l).var == v);
    }
    return assigned && reads == 1 ? v : nullptr;
  };
  std::vector<std::string> temps(as->rhs.size());
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < as->rhs.size(); ++i) {
      if (ghost_target(as->lhs[i])) continue;
      const Var* moved = plain_target(i);
      if ((moved != nullptr) != (pass == 1)) continue;
      temps[i] = Fresh("rhs");
      std::string value = moved ? "std::move(" + Expr(as->rhs[i]) + ")" : rhs(i);
      Line(fmt::format("auto {} = {};", temps[i], value));
    }
  }
  for (size_t i = 0; i < as->lhs.size(); ++i) {
    if (!temps[i].empty()) {
      Line(fmt::format("{} = std::move({});", AssignTarget(as->lhs[i]), temps[i]));
    }
  }
}

std::string Emitter::CompoundAssign(const dfy::Expr* lhs, const dfy::Expr* rhs) {
  // i := i + e on an int local: `i += e` updates i in place (no temporary Int to build,
  // move and destroy), which is most of the cost of a loop counter.
  auto strip = [](const dfy::Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    return e;
  };
  lhs = strip(lhs);
  rhs = strip(rhs);
  if (lhs->kind != ExprKind::Name || rhs->kind != ExprKind::Binary) return "";
  const Var* v = rp_.BindingOf(lhs).var;
  if (!v || var_alias_.count(v) || rp_.IsGhost(v)) return "";
  const Type* t = BaseOf(rp_.TypeOf(lhs));
  if (!t || t->kind != TypeKind::Int) return "";
  auto* b = static_cast<const BinaryExpr*>(rhs);
  const char* op = b->op == BinaryOp::Add   ? "+="
                   : b->op == BinaryOp::Sub ? "-="
                   : b->op == BinaryOp::Mul ? "*="
                                            : nullptr;
  const dfy::Expr* first = strip(b->lhs);
  if (!op || first->kind != ExprKind::Name || rp_.BindingOf(first).var != v) return "";
  const Type* rt = BaseOf(rp_.TypeOf(b->rhs));
  if (!rt || rt->kind != TypeKind::Int) return "";
  return fmt::format("{} {} {};", Expr(lhs), op, Expr(b->rhs));
}

const dfy::Expr* Emitter::MovableOperand(const dfy::Expr* lhs, const dfy::Expr* rhs) const {
  auto strip = [](const dfy::Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    return e;
  };
  lhs = strip(lhs);
  if (lhs->kind != ExprKind::Name) return nullptr;
  const Var* v = rp_.BindingOf(lhs).var;
  if (!v || var_alias_.count(v)) return nullptr;
  const Type* t = BaseOf(rp_.TypeOf(lhs));
  if (!t || (t->kind != TypeKind::Set && t->kind != TypeKind::Multiset &&
             t->kind != TypeKind::Map && t->kind != TypeKind::Seq)) {
    return nullptr;
  }
  int uses = 0;
  std::function<void(const dfy::Expr*)> count = [&](const dfy::Expr* e) {
    if (e->kind == ExprKind::Name && rp_.BindingOf(e).var == v) ++uses;
    ForEachSubExpr(e, count);
  };
  // The operand whose storage the result may take: the receiver of an update, or the leftmost
  // operand of + - * (which take their left operand by value). v must not be read by the
  // other operand of + - * (it would see v moved from); the index and value of an update may
  // read it, since C++ evaluates them before the update starts (the receiver expression
  // std::move(v) only names v).
  const dfy::Expr* operand = strip(rhs);
  while (true) {
    if (operand->kind == ExprKind::SeqUpdate) {
      operand = strip(static_cast<const SeqUpdateExpr*>(operand)->seq);
    } else if (operand->kind == ExprKind::Binary) {
      auto* b = static_cast<const BinaryExpr*>(operand);
      if (b->op != BinaryOp::Add && b->op != BinaryOp::Sub && b->op != BinaryOp::Mul) break;
      count(b->rhs);
      operand = strip(b->lhs);
    } else {
      break;
    }
  }
  if (uses != 0) return nullptr;
  if (operand->kind != ExprKind::Name || rp_.BindingOf(operand).var != v) return nullptr;
  return operand;
}

bool Emitter::MentionsGhost(const dfy::Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case ExprKind::Old:
    case ExprKind::Fresh:
    case ExprKind::Unchanged:
    case ExprKind::Allocated:
      return true;
    case ExprKind::StmtInExpr:
      // `assert p; e`: the assertion is ghost, e need not be.
      return MentionsGhost(static_cast<const StmtInExprExpr*>(e)->body);
    case ExprKind::Name:
    case ExprKind::Select: {
      if (e->kind == ExprKind::Select) {
        // `f.requires` and `f.reads` of a function value are ghost (Dafny declares them so).
        const std::string& m = static_cast<const dfy::SelectExpr*>(e)->member;
        const Type* t = BaseOf(rp_.TypeOf(static_cast<const dfy::SelectExpr*>(e)->object));
        if ((m == "requires" || m == "reads") && t && t->kind == TypeKind::Arrow) return true;
      }
      const Binding& b = rp_.BindingOf(e);
      if (b.var && rp_.IsGhost(b.var)) return true;
      if (b.member && b.member->ghost) return true;
      break;
    }
    case ExprKind::Call: {
      const Binding& b = rp_.CalleeOf(static_cast<const dfy::CallExpr*>(e));
      if (b.function && !IsCompiled(b.function)) return true;
      break;
    }
    default:
      break;
  }
  bool ghost = false;
  ForEachSubExpr(e, [&](const dfy::Expr* sub) { ghost = ghost || MentionsGhost(sub); });
  return ghost;
}

std::string Emitter::EmitBindingGuard(const std::vector<Var*>& bound, const dfy::Expr* cond,
                                      SourceRange at) {
  std::vector<const Var*> vars;
  std::vector<std::string> names;
  for (const Var* v : bound) {
    const Type* t = rp_.TypeOf(v);
    names.push_back(DeclareLocal(v));
    vars.push_back(v);
    Line(CppType(t, v->range) + " " + names.back() + " = " + DefaultValue(t, v->range) + ";");
  }
  std::string found = Fresh("found");
  Line("bool " + found + " = false;");
  EmitAssignSuchThat(vars, names, cond, at, found);
  return found;
}

void Emitter::EmitGuardedChain(const std::vector<GuardedAlternative>& cases, size_t i, bool chained,
                               const std::function<void(const GuardedAlternative&)>& body,
                               const std::string& otherwise) {
  for (; i < cases.size(); ++i) {
    const GuardedAlternative& c = cases[i];
    if (!c.bound_vars.empty()) {
      // `case x :| P => S`: a block that searches for x, whose else holds the cases after it.
      Line(chained ? "} else {" : "{");
      ++indent_;
      std::string found = EmitBindingGuard(c.bound_vars, c.guard, c.range);
      Line("if (" + found + ") {");
      ++indent_;
      body(c);
      --indent_;
      EmitGuardedChain(cases, i + 1, true, body, otherwise);
      --indent_;
      Line("}");
      return;
    }
    Line(fmt::format("{}if ({}) {{", chained ? "} else " : "", Expr(c.guard)));
    chained = true;
    ++indent_;
    body(c);
    --indent_;
  }
  if (!otherwise.empty()) {
    if (!chained) {
      Line(otherwise);
      return;
    }
    Line("} else {");
    Line("  " + otherwise);
  }
  if (chained) Line("}");
}

void Emitter::EmitIf(const IfStmt* is) {
  // An if on a ghost condition is a ghost statement (its branches are ghost too), as Dafny's
  // resolver classifies it: `if a[j] < minValue { minValue := a[j]; }` with a ghost minValue.
  if (is->cond && MentionsGhost(is->cond)) return;
  // So is one whose branches compile to nothing (`if f == g { assert P; }`, where functions
  // have no == in C++).
  if (is->cond && is->bound_vars.empty() && !StmtCompiles(is->then_branch) &&
      !(is->else_branch && StmtCompiles(is->else_branch))) {
    return;
  }
  if (is->kind == StmtKind::BindingIf || !is->bound_vars.empty()) {
    // `if x, y :| p { A } else { B }`: search for values, then run A with them or B.
    Line("{");
    ++indent_;
    std::string found = EmitBindingGuard(is->bound_vars, is->cond, is->range);
    Line("if (" + found + ") {");
    ++indent_;
    Cover(is->then_branch->range, "then branch");
    EmitBlockBody(is->then_branch->stmts);
    --indent_;
    if (is->else_branch) {
      Line("} else {");
      ++indent_;
      if (is->else_branch->kind == StmtKind::Block) {
        Cover(is->else_branch->range, "else branch");
        EmitBlockBody(static_cast<const BlockStmt*>(is->else_branch)->stmts);
      } else {
        EmitStmt(is->else_branch);
      }
      --indent_;
    } else if (options_.coverage) {
      Line("} else {");
      ++indent_;
      Cover(is->range, "implicit else branch");
      --indent_;
    }
    Line("}");
    --indent_;
    Line("}");
    return;
  }
  if (!is->cond) {
    // `if *` may take either branch: as Dafny's compilers, the then branch when there is an
    // else branch, else nothing.
    if (!is->else_branch) {
      CoverUnused(is->then_branch->range, "then branch");
      Cover(is->range, "implicit else branch");
      return;
    }
    Line("{");
    ++indent_;
    Cover(is->then_branch->range, "then branch");
    EmitBlockBody(is->then_branch->stmts);
    --indent_;
    Line("}");
    CoverUnused(is->else_branch->range, "else branch");
    return;
  }
  Line("if (" + Expr(is->cond) + ") {");
  ++indent_;
  Cover(is->then_branch->range, "then branch");
  EmitBlockBody(is->then_branch->stmts);
  --indent_;
  const Stmt* e = is->else_branch;
  if (!e && options_.coverage) {
    Line("} else {");
    ++indent_;
    Cover(is->range, "implicit else branch");
    --indent_;
    Line("}");
  } else if (!e) {
    Line("}");
  } else if (e->kind == StmtKind::If) {
    out_ += Indent() + "} else ";
    size_t mark = out_.size();
    EmitStmt(e);
    // Join "} else " with the nested "if (...)" line.
    size_t first = out_.find_first_not_of(' ', mark);
    out_.erase(mark, first - mark);
  } else {
    Line("} else {");
    ++indent_;
    Cover(e->range, "else branch");
    EmitBlockBody(static_cast<const BlockStmt*>(e)->stmts);
    --indent_;
    Line("}");
  }
}

// Emits `body` and the closing brace of a loop whose header is already written.
void Emitter::EmitLoopBody(const BlockStmt* body, JumpTarget& t) {
  t.label = pending_label_;
  pending_label_.clear();
  targets_.push_back(t);
  ++indent_;
  if (!prologue_.empty()) {
    Line(prologue_);
    prologue_.clear();
  }
  EmitBlockBody(body->stmts);
  t = targets_.back();
  targets_.pop_back();
  if (t.used_continue_label) Line(fmt::format("_continue{}:;", t.id));
  --indent_;
  Line("}");
  if (t.used_break_label) Line(fmt::format("_break{}:;", t.id));
}

void Emitter::EmitFor(const ForStmt* fs) {
  if (!fs->body) {
    Error(fs->range, "a loop without a body cannot be compiled");
    return;
  }
  JumpTarget t{fs, true, "", next_target_++};
  std::string lo = Expr(fs->lo);
  std::string i = DeclareLocal(fs->var);
  std::string type = CppType(rp_.TypeOf(fs->var), fs->var->range);
  bool unbounded = fs->hi->kind == ExprKind::Wildcard;
  if (fs->down) {
    // for i := hi downto lo: i takes hi-1, ..., lo.
    if (unbounded) {
      Line(fmt::format("for ({} {} = {};;) {{", type, i, lo));
    } else {
      std::string end = Fresh("lo");
      Line(fmt::format("for ({} {} = {}, {} = {}; {} < {};) {{", type, i, lo, end, Expr(fs->hi),
                       end, i));
    }
    prologue_ = i + " -= 1;";
  } else if (unbounded) {
    Line(fmt::format("for ({} {} = {};; {} += 1) {{", type, i, lo, i));
  } else {
    std::string end = Fresh("hi");
    Line(fmt::format("for ({} {} = {}, {} = {}; {} < {}; {} += 1) {{", type, i, lo, end,
                     Expr(fs->hi), i, end, i));
  }
  EmitLoopBody(fs->body, t);
}

void Emitter::EmitBreak(const BreakStmt* bs) {
  bool is_continue = bs->kind == StmtKind::Continue;
  // The target: the labelled statement, or the count-th enclosing loop.
  int index = -1;
  if (!bs->label.empty()) {
    for (int k = static_cast<int>(targets_.size()) - 1; k >= 0; --k) {
      if (targets_[k].label == bs->label) {
        index = k;
        break;
      }
    }
  } else {
    int loops = 0;
    for (int k = static_cast<int>(targets_.size()) - 1; k >= 0; --k) {
      if (targets_[k].is_loop && ++loops == bs->count) {
        index = k;
        break;
      }
    }
  }
  if (index < 0) {
    Unsupported(bs->range, "this break statement");
    return;
  }
  // The innermost loop: a plain C++ break or continue.
  bool innermost = true;
  for (size_t k = index + 1; k < targets_.size(); ++k)
    innermost = innermost && !targets_[k].is_loop;
  JumpTarget& t = targets_[index];
  if (innermost && t.is_loop) {
    Line(is_continue ? "continue;" : "break;");
    return;
  }
  if (is_continue) {
    t.used_continue_label = true;
    Line(fmt::format("goto _continue{};", t.id));
  } else {
    t.used_break_label = true;
    Line(fmt::format("goto _break{};", t.id));
  }
}

void Emitter::EmitPrint(const PrintStmt* ps) {
  for (const dfy::Expr* a : ps->args) {
    if (a->kind == ExprKind::StringLiteral) {
      Line("dfy::PrintUtf8Literal(" + CppLiteral(static_cast<const LiteralExpr*>(a)->text) + ");");
    } else {
      Line(PrintCall(rp_.TypeOf(a), Expr(a), "std::cout") + ";");
    }
  }
}

void Emitter::EmitExpect(const PredicateStmt* es) {
  std::string where;
  if (!check_only_) {
    const SourceFile& file = ctx_.sources.File(es->range.file);
    LineCol pos = file.Position(es->range.begin);
    where = fmt::format("{}({},{})", file.display_name(), pos.line, pos.column);
  }
  std::string message = "\"expectation violation\"";
  if (es->message) {
    if (es->message->kind == ExprKind::StringLiteral) {
      message = CppLiteral(static_cast<const LiteralExpr*>(es->message)->text);
    } else if (IsStringType(rp_.TypeOf(es->message))) {
      message = "dfy::StringText(" + Expr(es->message) + ")";
    } else {
      message = "dfy::PrintedText(" + Expr(es->message) + ")";
    }
  }
  Line("if (!(" + Expr(es->expr) + ")) {");
  Line(fmt::format("  dfy::Halt({}, {});", CppLiteral(where), message));
  Line("}");
}

void Emitter::EmitMatchStmt(const MatchStmt* ms) {
  if (MentionsGhost(ms->scrutinee)) return;  // a match on a ghost value is ghost
  std::string source = Fresh("source");
  Line("{");
  ++indent_;
  Line(fmt::format("{} const& {} = {};", CppType(rp_.TypeOf(ms->scrutinee), ms->scrutinee->tok),
                   source, Expr(ms->scrutinee)));
  bool first = true;
  for (const MatchCaseStmt& c : ms->cases) {
    std::string test = PatternTest(c.pattern, source, rp_.TypeOf(ms->scrutinee));
    Line(fmt::format("{}if ({}) {{", first ? "" : "} else ", test));
    first = false;
    ++indent_;
    Cover(c.range, "case body");
    BindPattern(c.pattern, source, rp_.TypeOf(ms->scrutinee));
    EmitBlockBody(c.body);
    --indent_;
  }
  if (!first) Line("}");
  --indent_;
  Line("}");
}

}  // namespace dfy::backend
