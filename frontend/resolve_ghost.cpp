// Ghost inference for locals and the checks that compiled code uses no ghost entity.
#include <algorithm>

#include "frontend/resolver.h"
#include "frontend/stmt_compiles.h"

namespace dfy::resolve {

namespace {

// Whether f (if any) has a ghost parameter: such a function is ghost as a value.
bool HasGhostParams(const FunctionDecl* f) {
  return f &&
         std::any_of(f->params.begin(), f->params.end(), [](const Var* p) { return p->ghost; });
}

}  // namespace

// The first ghost entity `e` uses (a ghost variable or a call of a ghost function), if any.
const Expr* Resolver::GhostPart(const Expr* e) {
  if (e->kind == ExprKind::Quantifier) return nullptr;  // compiled or not: the backend decides
  // `assert p; e` and `L(); e`: the statement is ghost, the value is e's.
  if (e->kind == ExprKind::StmtInExpr)
    return GhostPart(static_cast<const StmtInExprExpr*>(e)->body);
  if (e->kind == ExprKind::IfThenElse) {
    // With a ghost guard only the else branch is compiled (Dafny's ghost if-then-else).
    auto* ite = static_cast<const IfThenElseExpr*>(e);
    if (checking_function_body_ && GhostPart(ite->cond)) return GhostPart(ite->else_branch);
  }
  if (e->kind == ExprKind::Let) {
    // `var y := g; body`: y is ghost when its value is, and body is then checked.
    auto* let = static_cast<const LetExpr*>(e);
    if (let->op != LetOp::Assign) return nullptr;
    for (size_t i = 0; i < let->lhs.size() && i < let->rhs.size(); ++i) {
      if (!let->ghost && !GhostPart(let->rhs[i])) continue;
      std::function<void(const Pattern*)> mark = [&](const Pattern* p) {
        if (p->var) rp_->ghost_var_[p->var->id] = true;
        for (const Pattern* a : p->args) mark(a);
      };
      mark(let->lhs[i]);
    }
    return GhostPart(let->body);
  }
  if (e->kind == ExprKind::Old || e->kind == ExprKind::Fresh || e->kind == ExprKind::Unchanged ||
      e->kind == ExprKind::Allocated || e->kind == ExprKind::DecreasesTo) {
    return e;
  }
  if (e->kind == ExprKind::TypeTest && !TypeTestCompilable(static_cast<const TypeOpExpr*>(e))) {
    return e;
  }
  if (e->kind == ExprKind::Tuple) {
    // `(ghost g, x)`: only the compiled components must be compiled.
    auto* t = static_cast<const TupleExpr*>(e);
    for (size_t i = 0; i < t->elements.size(); ++i) {
      if (i < t->ghost.size() && t->ghost[i]) continue;
      if (const Expr* g = GhostPart(t->elements[i])) return g;
    }
    return nullptr;
  }
  if (e->kind == ExprKind::Select) {
    // `t.0` of a ghost component of a tuple `(ghost int, int)`.
    auto* sel = static_cast<const SelectExpr*>(e);
    const Type* ot = rp_->TypeOf(sel->object);
    if (ot && ot->kind == TypeKind::Tuple && !sel->member.empty() &&
        sel->member.find_first_not_of("0123456789") == std::string::npos &&
        sel->member.size() < 4 && IsGhostComponent(ot, std::stoul(sel->member))) {
      return e;
    }
  }
  if (e->kind == ExprKind::Name || e->kind == ExprKind::Select) {
    const Binding& b = rp_->BindingOf(e);
    if (b.var) return rp_->IsGhost(b.var) ? e : nullptr;
    // A ghost function as a value (`[GF]`; its calls are handled below).
    if (b.function && IsGhostDecl(b.function)) return e;
    // A function with ghost parameters used as a value (`var f := F;`) is ghost, as in Dafny:
    // the function value would take arguments that compiled code does not have.
    if (HasGhostParams(b.function)) return e;
    if (b.member && b.member->kind != DeclKind::Function && IsGhostDecl(b.member)) return e;
    if (b.datatype && b.ctor >= 0 && b.destructor < 0 && b.datatype->ctors[b.ctor].ghost) {
      return e;
    }
    if (e->kind == ExprKind::Name) return nullptr;
  }
  if (e->kind == ExprKind::Call) {
    const Binding& b = rp_->CalleeOf(static_cast<const CallExpr*>(e));
    if (b.function && IsGhostDecl(b.function)) return e;
    if (b.function) {
      auto* call = static_cast<const CallExpr*>(e);
      for (size_t i = 0; i < call->args.size(); ++i) {
        if (i < b.function->params.size() && b.function->params[i]->ghost) continue;
        if (const Expr* g = GhostPart(call->args[i])) return g;
      }
      return nullptr;
    }
  }
  if (e->kind == ExprKind::New) {
    // `new C(args)`: as for a call, an argument for a ghost parameter (a proof object, say)
    // does not make the new object ghost.
    auto* n = static_cast<const NewRhsExpr*>(e);
    const MethodDecl* ctor = rp_->BindingOf(e).method;
    bool positional = std::none_of(n->args.begin(), n->args.end(),
                                   [](const Expr* a) { return a->kind == ExprKind::NamedArg; });
    if (ctor && !n->is_array && positional) {
      for (size_t i = 0; i < n->args.size(); ++i) {
        if (i < ctor->ins.size() && ctor->ins[i]->ghost) continue;
        if (const Expr* g = GhostPart(n->args[i])) return g;
      }
      return nullptr;
    }
  }
  const Expr* found = nullptr;
  ForEachSubExpr(e, [&](const Expr* sub) {
    if (!found) found = GhostPart(sub);
  });
  return found;
}

bool Resolver::GhostGuard(const std::vector<Var*>& bound_vars, const Expr* guard) {
  return (guard && GhostPart(guard)) || (!bound_vars.empty() && !BindingBounded(bound_vars, guard));
}

// An alternative if or while is ghost when any of its guards is.
bool Resolver::GhostAlternatives(const Stmt* s) {
  const auto& cases = AlternativesOf(s);
  return std::any_of(cases.begin(), cases.end(), [&](const GuardedAlternative& c) {
    return GhostGuard(c.bound_vars, c.guard);
  });
}

// Reports `e` if it uses ghost entities where compiled code is required.
void Resolver::RequireCompiled(const Expr* e) {
  const Expr* g = GhostPart(e);
  if (!g) {
    CheckEqualityUses(e);
    return;
  }
  if ((g->kind == ExprKind::Name || g->kind == ExprKind::Select) && !rp_->BindingOf(g).var &&
      rp_->BindingOf(g).function && IsGhostDecl(rp_->BindingOf(g).function)) {
    // Dafny's WhatKindMentionGhost: "ghost function", but the plain kind of the flavors that
    // are always ghost (twostate functions, extreme predicates).
    FunctionFlavor flavor = rp_->BindingOf(g).function->flavor;
    bool plain = flavor != FunctionFlavor::Function && flavor != FunctionFlavor::Predicate;
    Error(g->tok,
          fmt::format("a {}{} is allowed only in specification contexts", plain ? "" : "ghost ",
                      FunctionFlavorKeyword(flavor)),
          DiagKind::GhostError);
    return;
  }
  if ((g->kind == ExprKind::Name || g->kind == ExprKind::Select) && !rp_->BindingOf(g).var &&
      HasGhostParams(rp_->BindingOf(g).function)) {
    // Dafny names the member by its kind (WhatKindMentionGhost): a function or a predicate.
    Error(g->tok,
          fmt::format("a {} with ghost parameters can be used as a value only in specification "
                      "contexts",
                      FunctionFlavorKeyword(rp_->BindingOf(g).function->flavor)),
          DiagKind::GhostError);
    return;
  }
  // A ghost const is a "const field" in Dafny's words, a ghost var a "field".
  auto field_kind = [](const Decl* m) {
    return m->kind == DeclKind::Const ? "const field" : "field";
  };
  if (g->kind == ExprKind::Name) {
    const std::string& n = static_cast<const NameExpr*>(g)->name;
    if (!rp_->BindingOf(g).var) {
      const Decl* m = rp_->BindingOf(g).member;
      Error(g->tok,
            fmt::format("a ghost {} is allowed only in specification contexts",
                        m && (m->kind == DeclKind::Field || m->kind == DeclKind::Const)
                            ? field_kind(m)
                            : n.c_str()),
            DiagKind::GhostError);
      return;
    }
    Error(g->tok,
          fmt::format("ghost variables such as {0} are allowed only in specification "
                      "contexts. {0} was inferred to be ghost based on its declaration "
                      "or initialization.",
                      n),
          DiagKind::GhostError);
  } else if (g->kind == ExprKind::TypeTest) {
    auto* t = static_cast<const TypeOpExpr*>(g);
    Error(g->tok,
          fmt::format("an expression of type '{}' is not run-time checkable to be a '{}'",
                      TypeName(rp_->TypeOf(t->operand)), TypeName(rp_->TestedType(t))),
          DiagKind::GhostError);
  } else if (g->kind == ExprKind::DecreasesTo) {
    Error(g->tok, "a `decreases to` expression is allowed only in specification and ghost contexts",
          DiagKind::GhostError);
  } else if (g->kind != ExprKind::Call) {
    const Decl* m = g->kind == ExprKind::Select ? rp_->BindingOf(g).member : nullptr;
    std::string ghost_field =
        fmt::format("a ghost {}", m && m->kind == DeclKind::Const ? "const field" : "field");
    Error(g->tok,
          fmt::format("{} is allowed only in specification contexts",
                      g->kind == ExprKind::Old         ? "an old expression"
                      : g->kind == ExprKind::Fresh     ? "a fresh expression"
                      : g->kind == ExprKind::Unchanged ? "an unchanged expression"
                      : g->kind == ExprKind::Allocated ? "an allocated expression"
                                                       : ghost_field.c_str()),
          DiagKind::GhostError);
  } else {
    // As Dafny words it after the kind of function called (its WhatKind).
    auto* call = static_cast<const CallExpr*>(g);
    const FunctionDecl* f = rp_->CalleeOf(call).function;
    FunctionFlavor flavor = f ? f->flavor : FunctionFlavor::Function;
    std::string msg;
    if (call->callee->kind == ExprKind::PrefixName) {
      msg = "a call to a prefix predicate is allowed only in specification contexts";
    } else if (flavor == FunctionFlavor::Function || flavor == FunctionFlavor::Predicate) {
      const char* what = FunctionFlavorKeyword(flavor);
      msg = ctx_.options.function_syntax == 3
                ? fmt::format(
                      "a call to a ghost {0} is allowed only in specification contexts "
                      "(consider declaring the {0} with '{0} method')",
                      what)
                : fmt::format(
                      "a call to a ghost {0} is allowed only in specification contexts "
                      "(consider declaring the {0} without the 'ghost' keyword)",
                      what);
    } else {
      msg = fmt::format("a call to a {} is allowed only in specification contexts",
                        FunctionFlavorKeyword(flavor));
    }
    Error(g->tok, msg, DiagKind::GhostError);
  }
}

void Resolver::CheckCompiledConstInit(const ConstDecl* cd, size_t errors_before) {
  if (ctx_.diags.ErrorCount() == errors_before) RequireCompiled(cd->init);
  MarkCompiled(cd->init);
}

// Infers ghost locals from their initializers and checks the compiled uses of a method body.
void Resolver::CheckGhostUses(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Block:
      for (const Stmt* x : static_cast<const BlockStmt*>(s)->stmts) CheckGhostUses(x);
      return;
    case StmtKind::VarDecl: {
      auto* vd = static_cast<const VarDeclStmt*>(s);
      bool call = vd->rhs.size() == 1 && vd->rhs[0]->kind == ExprKind::Call &&
                  rp_->CalleeOf(static_cast<const CallExpr*>(vd->rhs[0])).method;
      if (call) {
        auto* c = static_cast<const CallExpr*>(vd->rhs[0]);
        const MethodDecl* m = rp_->CalleeOf(c).method;
        for (size_t i = 0; i < vd->vars.size(); ++i) {
          if (m->ghost || (i < m->outs.size() && m->outs[i]->ghost)) {
            rp_->ghost_var_[vd->vars[i]->id] = true;
          }
        }
        if (!m->ghost) CheckCallArgs(c, m->ins);
        for (const Var* v : vd->vars) {
          if (!rp_->IsGhost(v)) CheckEqualityOfType(v->range, rp_->TypeOf(v), v->type);
        }
        return;
      }
      for (size_t i = 0; i < vd->vars.size() && i < vd->rhs.size(); ++i) {
        if (vd->vars[i]->ghost) continue;
        if (GhostPart(vd->rhs[i])) rp_->ghost_var_[vd->vars[i]->id] = true;
      }
      for (size_t i = 0; i < vd->vars.size(); ++i) {
        if (rp_->IsGhost(vd->vars[i])) continue;
        CheckEqualityOfLocal(vd->vars[i], i < vd->rhs.size() ? vd->rhs[i] : nullptr);
        if (i < vd->rhs.size()) CheckEqualityUses(vd->rhs[i]);
      }
      return;
    }
    case StmtKind::Assign: {
      auto* as = static_cast<const AssignStmt*>(s);
      if (as->rhs.size() == 1 && as->rhs[0]->kind == ExprKind::Call) {
        auto* c = static_cast<const CallExpr*>(as->rhs[0]);
        if (const MethodDecl* m = rp_->CalleeOf(c).method) {
          if (!m->ghost) CheckCallArgs(c, m->ins);
          for (size_t i = 0; i < as->lhs.size() && i < m->outs.size(); ++i) {
            const Var* v = rp_->BindingOf(as->lhs[i]).var;
            if (v && !rp_->IsGhost(v) && (m->ghost || m->outs[i]->ghost)) {
              Error(c->tok, "actual out-parameter is required to be a ghost variable",
                    DiagKind::GhostError);
            }
          }
          return;
        }
      }
      for (size_t i = 0; i < as->lhs.size() && i < as->rhs.size(); ++i) {
        const Binding& b = rp_->BindingOf(as->lhs[i]);
        bool compiled_field =
            !b.var && b.member && b.member->kind == DeclKind::Field && !b.member->ghost;
        // An array element is compiled state: its array and indices must be compiled too.
        bool element = as->lhs[i]->kind == ExprKind::Index;
        if (element) RequireCompiled(as->lhs[i]);
        if ((b.var && !rp_->IsGhost(b.var)) || compiled_field || element) {
          RequireCompiled(as->rhs[i]);
        }
      }
      return;
    }
    case StmtKind::Call: {
      auto* cs = static_cast<const CallStmt*>(s);
      const MethodDecl* m = rp_->CalleeOf(cs->call).method;
      if (m && !m->ghost) CheckCallArgs(cs->call, m->ins);
      return;
    }
    case StmtKind::Return:
      for (const Expr* e : static_cast<const ReturnStmt*>(s)->values) RequireCompiled(e);
      return;
    case StmtKind::Print:
      for (const Expr* e : static_cast<const PrintStmt*>(s)->args) RequireCompiled(e);
      return;
    case StmtKind::Expect:
      RequireCompiled(static_cast<const PredicateStmt*>(s)->expr);
      return;
    case StmtKind::If: {
      auto* is = static_cast<const IfStmt*>(s);
      if (is->cond && GhostPart(is->cond)) {  // a ghost statement: not compiled
        CheckGhostStatement(is->then_branch);
        if (is->else_branch) CheckGhostStatement(is->else_branch);
        return;
      }
      // An if statement whose branches compile to nothing is ghost (Dafny checks no equality in
      // its guard).
      if (is->cond &&
          (StmtCompiles(is->then_branch) || (is->else_branch && StmtCompiles(is->else_branch)))) {
        CheckEqualityUses(is->cond);
      }
      CheckGhostUses(is->then_branch);
      if (is->else_branch) CheckGhostUses(is->else_branch);
      return;
    }
    case StmtKind::BindingIf: {
      // A binding guard over unbounded variables cannot be compiled: the statement is ghost.
      auto* is = static_cast<const IfStmt*>(s);
      bool ghost = GhostGuard(is->bound_vars, is->cond);
      for (const Stmt* branch :
           {static_cast<const Stmt*>(is->then_branch), static_cast<const Stmt*>(is->else_branch)}) {
        if (branch) CheckGhostPart(branch, ghost);
      }
      return;
    }
    case StmtKind::AlternativeIf:
    case StmtKind::AlternativeWhile: {
      bool ghost = GhostAlternatives(s);
      for (const GuardedAlternative& c : AlternativesOf(s)) {
        for (const Stmt* x : c.body) CheckGhostPart(x, ghost);
      }
      return;
    }
    case StmtKind::Forall:
      CheckForallGhost(static_cast<const ForallStmt*>(s), false);
      return;
    case StmtKind::Assert:
    case StmtKind::Calc:
      CheckProofsOf(s);
      return;
    case StmtKind::While: {
      auto* ws = static_cast<const WhileStmt*>(s);
      if (ws->cond && GhostPart(ws->cond)) {
        if (ws->body) CheckGhostStatement(ws->body);
        return;
      }
      // As an if statement's: a loop whose body compiles to nothing is ghost (unless it is
      // `decreases *`), and Dafny checks no equality in its guard.
      if (ws->cond && (ws->decreases_star || !ws->body || StmtCompiles(ws->body))) {
        CheckEqualityUses(ws->cond);
      }
      if (ws->body) CheckGhostUses(ws->body);
      return;
    }
    default:
      return;
  }
}

// A loop's first `modifies` expression, or null (also for statements other than loops).
static const Expr* LoopModifies(const Stmt* s) {
  const std::vector<Expr*>* mods = nullptr;
  if (s->kind == StmtKind::While) mods = &static_cast<const WhileStmt*>(s)->modifies;
  if (s->kind == StmtKind::For) mods = &static_cast<const ForStmt*>(s)->specs.modifies;
  if (s->kind == StmtKind::AlternativeWhile) {
    mods = &static_cast<const AlternativeWhileStmt*>(s)->specs.modifies;
  }
  return mods && !mods->empty() ? mods->front() : nullptr;
}

// A proof may not change the heap, so its loops have no frame (Dafny's GhostInterestVisitor).
void Resolver::CheckProofLoop(const Stmt* s, const char* context) {
  if (const Expr* m = LoopModifies(s)) {
    Error(m->tok, fmt::format("a loop in {} is not allowed to use 'modifies' clauses", context),
          DiagKind::GhostError);
  }
}

// The proof a statement holds, as Dafny names it: an assert's `by` block ("a by block"), a
// calc's hints ("a hint"), the body of a forall statement other than an aggregate update
// ("a forall statement"); null for other statements.
const char* Resolver::ProofOf(const Stmt* s) {
  if (s->kind == StmtKind::Assert && static_cast<const PredicateStmt*>(s)->proof) {
    return "a by block";
  }
  if (s->kind == StmtKind::Calc) return "a hint";
  if (s->kind == StmtKind::Forall && !ForallAssigns(static_cast<const ForallStmt*>(s))) {
    return "a forall statement";
  }
  return nullptr;
}

// Checks the proofs inside s (ProofOf) as ghost statements in their proof context.
void Resolver::CheckProofsOf(const Stmt* s) {
  const char* saved = proof_context_;
  proof_context_ = ProofOf(s);
  ForEachChild(
      s, [](const Expr*) {}, [&](const Stmt* x) { CheckGhostStatement(x); });
  proof_context_ = saved;
}

// A proof (a calc's hints, an assert's by block, a forall statement's body) may assign only the
// locals it declares itself, as Dafny's CheckLocalityUpdates has it; run on every statement
// of a method body, after its ghost checks.
void Resolver::CheckLocality(const Stmt* s) {
  auto check = [&](const Stmt* proof, const char* where) {
    std::set<const Var*> declared;
    CheckLocalityUpdates(proof, declared, where);
  };
  if (s->kind == StmtKind::Calc) {
    for (const CalcStep& step : static_cast<const CalcStmt*>(s)->steps) {
      for (const Stmt* h : step.hints) check(h, "a hint");
    }
  } else if (s->kind == StmtKind::Assert && static_cast<const PredicateStmt*>(s)->proof) {
    check(static_cast<const PredicateStmt*>(s)->proof, "a by block");
  } else if (s->kind == StmtKind::Forall && static_cast<const ForallStmt*>(s)->body) {
    check(static_cast<const ForallStmt*>(s)->body, "a forall statement");
  }
  ForEachChild(
      s, [](const Expr*) {}, [&](const Stmt* x) { CheckLocality(x); });
}

void Resolver::CheckLocalityUpdates(const Stmt* s, std::set<const Var*>& declared,
                                    const char* where) {
  switch (s->kind) {
    case StmtKind::Assert:
    case StmtKind::Forall:
    case StmtKind::Calc:
    case StmtKind::Modify:
      return;  // (checked on their own by CheckLocality)
    case StmtKind::VarDecl:
    case StmtKind::VarDeclUpdate:
      for (const Var* v : static_cast<const VarDeclStmt*>(s)->vars) declared.insert(v);
      break;
    default:
      break;
  }
  const std::vector<Expr*>* lhs = AssignedTargets(s);
  if (lhs) {
    for (const Expr* l : *lhs) {
      const Var* v = l->kind == ExprKind::Name ? rp_->BindingOf(l).var : nullptr;
      // (A bound variable cannot be assigned at all: that error is the resolver's.)
      if (v && v->kind != VarKind::Bound && !declared.count(v)) {
        Error(l->tok,
              fmt::format("{} is not allowed to update a variable it doesn't declare", where),
              DiagKind::GhostError);
      }
    }
  }
  ForEachChild(
      s, [](const Expr*) {}, [&](const Stmt* x) { CheckLocalityUpdates(x, declared, where); });
}

// Inside a ghost statement (guarded by a ghost condition) nothing may change compiled state.
void Resolver::CheckGhostPart(const Stmt* s, bool ghost) {
  if (ghost) {
    CheckGhostStatement(s);
  } else {
    CheckGhostUses(s);
  }
}

void Resolver::CheckGhostStatement(const Stmt* s) {
  if (proof_context_) CheckProofLoop(s, proof_context_);
  if (s->kind == StmtKind::Assign) {
    CheckGhostAssign(static_cast<const AssignStmt*>(s));
    return;
  }
  if (s->kind == StmtKind::Forall) {
    CheckForallGhost(static_cast<const ForallStmt*>(s), true);
    return;
  }
  if (s->kind == StmtKind::Assert || s->kind == StmtKind::Calc) {
    CheckProofsOf(s);
    return;
  }
  if (s->kind == StmtKind::Modify && proof_context_) {
    Error(SourceRange{s->range.file, s->range.begin, s->range.begin + 6},
          fmt::format("a modify statement is not allowed in {}", proof_context_),
          DiagKind::GhostError);
  }
  if (s->kind == StmtKind::Print || s->kind == StmtKind::Expect) {
    Error(SourceRange{s->range.file, s->range.begin, s->range.begin + 5},
          fmt::format("{} statement is not allowed in this context (because this is a ghost "
                      "method or because the statement is guarded by a specification-only "
                      "expression)",
                      s->kind == StmtKind::Print ? "print" : "expect"),
          DiagKind::GhostError);
    return;
  }
  if (s->kind == StmtKind::Return) {
    Error(SourceRange{s->range.file, s->range.begin, s->range.begin + 6},
          "return statement is not allowed in this context (because it is guarded by a "
          "specification-only expression)",
          DiagKind::GhostError);
    return;
  }
  if (s->kind == StmtKind::Call) {
    auto* call = static_cast<const CallStmt*>(s)->call;
    CheckGhostCall(call->tok, rp_->CalleeOf(call).method);
    return;
  }
  if (s->kind == StmtKind::VarDecl) {
    // The locals of a ghost statement are ghost, and so is what their initializers allocate.
    auto* vd = static_cast<const VarDeclStmt*>(s);
    for (const Var* v : vd->vars) rp_->ghost_var_[v->id] = true;
    if (vd->rhs.size() == 1 && vd->rhs[0]->kind == ExprKind::Call &&
        rp_->CalleeOf(static_cast<const CallExpr*>(vd->rhs[0])).method) {
      auto* call = static_cast<const CallExpr*>(vd->rhs[0]);
      CheckGhostCall(call->tok, rp_->CalleeOf(call).method);
    } else {
      for (const Expr* r : vd->rhs) CheckGhostNew(r);
    }
    return;
  }
  ForEachChild(
      s, [](const Expr*) {}, [&](const Stmt* x) { CheckGhostStatement(x); });
}

// A method call in a ghost statement: the method must be ghost, and in a proof context a lemma.
// (A constructor called by `new C()` is checked at the `new`.)
void Resolver::CheckGhostCall(SourceRange at, const MethodDecl* m) {
  if (!m) return;
  bool lemma = m->flavor != MethodFlavor::Method && m->flavor != MethodFlavor::Constructor;
  if (proof_context_ && !lemma) {
    Error(at, fmt::format("in {}, calls are allowed only to lemmas", proof_context_),
          DiagKind::GhostError);
  } else if (!IsGhostDecl(m)) {
    Error(at, "only ghost methods can be called from this context", DiagKind::GhostError);
  }
}

// `new C(args)` or `new T[n]` assigned to a ghost target in a ghost statement: a proof may not
// allocate, and the constructor is a call from a ghost context.
void Resolver::CheckGhostNew(const Expr* r) {
  if (!r || r->kind != ExprKind::New) return;
  if (proof_context_) {
    Error(r->tok, fmt::format("{} is not allowed to use 'new'", proof_context_),
          DiagKind::GhostError);
  }
  if (!static_cast<const NewRhsExpr*>(r)->is_array)
    CheckGhostCall(r->tok, rp_->BindingOf(r).method);
}

// An assignment in a ghost statement, as Dafny's CheckAssignStmt checks each of its single
// assignments: the target must be ghost, and in a proof context nothing may be allocated and
// no ghost field or array element updated. Dafny reports a single assignment at its `:=`, one
// of several at its right-hand side.
void Resolver::CheckGhostAssign(const AssignStmt* as) {
  if (as->rhs.size() == 1 && as->rhs[0]->kind == ExprKind::Call &&
      rp_->CalleeOf(static_cast<const CallExpr*>(as->rhs[0])).method) {
    auto* call = static_cast<const CallExpr*>(as->rhs[0]);
    CheckGhostCall(call->tok, rp_->CalleeOf(call).method);
    return;
  }
  for (size_t i = 0; i < as->lhs.size(); ++i) {
    const Expr* l = as->lhs[i];
    const Expr* r = i < as->rhs.size() ? as->rhs[i] : nullptr;
    SourceRange at = as->op;
    if (as->lhs.size() > 1 && r) at = SourceRange{r->range.file, r->range.begin, r->tok.end};
    const Binding& b = rp_->BindingOf(l);
    const char* what = nullptr;
    bool ghost = false;
    if (b.var) {
      ghost = rp_->IsGhost(b.var);
      what = "non-ghost variable";
    } else if (b.member && b.member->kind == DeclKind::Field) {
      ghost = b.member->ghost;
      what = "non-ghost field";
    } else if (l->kind == ExprKind::Index) {
      what = "array element";
    } else {
      continue;
    }
    if (!ghost && proof_context_ && r && r->kind == ExprKind::New) {
      Error(r->tok, fmt::format("{} is not allowed to use 'new'", proof_context_),
            DiagKind::GhostError);
    }
    if (ghost) {
      CheckGhostNew(r);
      if (proof_context_ && !b.var) {
        Error(l->tok, fmt::format("{} is not allowed to make heap updates", proof_context_),
              DiagKind::GhostError);
      }
      continue;
    }
    Error(at,
          fmt::format("assignment to {} is not allowed in this context, because the statement "
                      "is in a ghost context; e.g., it may be guarded by a specification-only "
                      "expression",
                      what),
          DiagKind::GhostError);
  }
}

// A forall statement, after Dafny's GhostInterestVisitor: only an aggregate assignment (a body
// of one single assignment, no ensures clause) with a compiled range is compiled. Any other is
// ghost, and its body a proof ("a forall statement") that may not allocate, update the heap or
// call methods other than lemmas.
bool Resolver::ForallAssigns(const ForallStmt* fs) {
  const Stmt* s0 = fs->body;
  while (s0 && s0->kind == StmtKind::Block &&
         static_cast<const BlockStmt*>(s0)->stmts.size() == 1) {
    s0 = static_cast<const BlockStmt*>(s0)->stmts[0];
  }
  if (!fs->ensures.empty() || !s0 || s0->kind != StmtKind::Assign) return false;
  auto* as = static_cast<const AssignStmt*>(s0);
  return as->lhs.size() == 1 && as->rhs.size() == 1 &&
         !(as->rhs[0]->kind == ExprKind::Call &&
           rp_->CalleeOf(static_cast<const CallExpr*>(as->rhs[0])).method);
}

void Resolver::CheckForallGhost(const ForallStmt* fs, bool must_be_erasable) {
  bool assign = ForallAssigns(fs);
  bool ghost = must_be_erasable || !assign;
  for (const BoundVar& bv : fs->domain.vars) {
    if ((bv.collection && GhostPart(bv.collection)) || (bv.range && GhostPart(bv.range))) {
      ghost = true;
    }
  }
  if (proof_context_ && assign) {
    Error(SourceRange{fs->range.file, fs->range.begin, fs->range.begin + 6},
          fmt::format("{} is not allowed to perform an aggregate heap update", proof_context_),
          DiagKind::GhostError);
    return;
  }
  if (!fs->body) return;
  if (!ghost) {
    CheckGhostUses(fs->body);
    return;
  }
  const char* saved = proof_context_;
  if (!assign) proof_context_ = "a forall statement";
  CheckGhostStatement(fs->body);
  proof_context_ = saved;
}

// The body of a lemma or ghost method: it may not print, and a lemma may not allocate.
void Resolver::CheckGhostMethodBody(const Stmt* s, const MethodDecl* m) {
  if (s->kind == StmtKind::Print || s->kind == StmtKind::Expect) {
    Error(SourceRange{s->range.file, s->range.begin, s->range.begin + 5},
          fmt::format("{} statement is not allowed in this context (because this is a ghost "
                      "method or because the statement is guarded by a specification-only "
                      "expression)",
                      s->kind == StmtKind::Print ? "print" : "expect"),
          DiagKind::GhostError);
    return;
  }
  bool ctor = m->flavor == MethodFlavor::Constructor;
  if (ctor && s == m->body) {
    // The first division of a ghost constructor (before `new;`) may assign the fields of the
    // object it constructs, as in Dafny.
    const auto& stmts = m->body->stmts;
    size_t end = m->new_divider < 0 ? stmts.size() : static_cast<size_t>(m->new_divider);
    for (size_t i = 0; i < stmts.size(); ++i) {
      ghost_ctor_init_ = i < end;
      CheckGhostMethodBody(stmts[i], m);
    }
    ghost_ctor_init_ = false;
    return;
  }
  bool lemma = m->flavor == MethodFlavor::Lemma || m->flavor == MethodFlavor::TwoStateLemma;
  bool lemma_like = m->flavor != MethodFlavor::Method && m->flavor != MethodFlavor::Constructor;
  // ("a lemma", "a twostate lemma", "a least lemma": Dafny's "a " + WhatKind.)
  std::string kind = std::string("a ") + MethodKind(m);
  if (const char* context = proof_context_ ? proof_context_ : lemma_like ? kind.c_str() : nullptr) {
    CheckProofLoop(s, context);
  }
  if (const char* proof = ProofOf(s)) {
    // A proof of its own.
    const char* saved = proof_context_;
    proof_context_ = proof;
    ForEachChild(
        s, [](const Expr*) {}, [&](const Stmt* x) { CheckGhostMethodBody(x, m); });
    proof_context_ = saved;
    return;
  }
  if (s->kind == StmtKind::Assign) {
    auto* as = static_cast<const AssignStmt*>(s);
    for (const Expr* l : as->lhs) {
      const Binding& b = rp_->BindingOf(l);
      bool own = l->kind == ExprKind::Name ||
                 (l->kind == ExprKind::Select &&
                  static_cast<const SelectExpr*>(l)->object->kind == ExprKind::This);
      if (ghost_ctor_init_ && own) continue;
      if (!b.var && b.member && b.member->kind == DeclKind::Field && !b.member->ghost) {
        Error(as->op,
              fmt::format("assignment to non-ghost field is not allowed in this context, because "
                          "this is a ghost {}",
                          lemma  ? "lemma"
                          : ctor ? "constructor"
                                 : "method"),
              DiagKind::GhostError);
        break;
      }
    }
  }
  const std::vector<Expr*>* rhs = nullptr;
  if (s->kind == StmtKind::VarDecl) rhs = &static_cast<const VarDeclStmt*>(s)->rhs;
  if (s->kind == StmtKind::Assign) rhs = &static_cast<const AssignStmt*>(s)->rhs;
  if (lemma && rhs) {
    for (const Expr* e : *rhs) {
      if (e->kind == ExprKind::New) {
        Error(e->tok, "a lemma is not allowed to use 'new'", DiagKind::GhostError);
      }
    }
  }
  ForEachChild(
      s, [](const Expr*) {}, [&](const Stmt* x) { CheckGhostMethodBody(x, m); });
}

void Resolver::CheckCallArgs(const CallExpr* call, const std::vector<Var*>& formals) {
  CheckEqualityTypeArgs(call);
  for (size_t i = 0; i < call->args.size() && i < formals.size(); ++i) {
    if (!formals[i]->ghost) RequireCompiled(call->args[i]);
  }
}

bool Resolver::IsGhostDecl(const Decl* d) {
  if (d->ghost) return true;
  if (d->kind == DeclKind::Method) {
    auto f = static_cast<const MethodDecl*>(d)->flavor;
    return f != MethodFlavor::Method && f != MethodFlavor::Constructor;
  }
  if (d->kind == DeclKind::Function) {
    auto f = static_cast<const FunctionDecl*>(d)->flavor;
    return f != FunctionFlavor::Function && f != FunctionFlavor::Predicate;
  }
  return false;
}

}  // namespace dfy::resolve
