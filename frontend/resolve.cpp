#include "frontend/resolve.h"

#include <fmt/format.h>

#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "frontend/ast_visit.h"

namespace dfy {

const MethodDecl* ResolvedProgram::FindMethod(const std::string& name) const {
  auto it = top_level_.find(name);
  if (it == top_level_.end() || it->second->kind != DeclKind::Method) return nullptr;
  return static_cast<const MethodDecl*>(it->second);
}

namespace {

// What kind of code is being resolved; it decides which names and constructs are allowed.
struct CodeContext {
  bool is_method = false;  // statements allowed, method calls allowed
  bool allow_old = false;  // two-state: method ensures and bodies
  const MethodDecl* method = nullptr;
  const FunctionDecl* function = nullptr;
};

class Resolver {
 public:
  Resolver(const Program& program, Context& ctx)
      : rp_(std::make_unique<ResolvedProgram>(program)), ctx_(ctx), t_(rp_->types) {
    rp_->expr_type_.assign(program.arena.expr_count(), nullptr);
    rp_->var_type_.assign(program.arena.var_count(), nullptr);
    rp_->ghost_var_.assign(program.arena.var_count(), false);
    rp_->binding_.assign(program.arena.expr_count(), Binding{});
  }

  std::unique_ptr<ResolvedProgram> Run() {
    const ModuleDecl* module = rp_->program.default_module;
    for (const Decl* d : module->decls) {
      if (d->kind != DeclKind::Method && d->kind != DeclKind::Function) {
        Error(d->name_range.end > d->name_range.begin ? d->name_range : d->range,
              fmt::format("dfyc does not support {} declarations yet", DeclKindName(d->kind)),
              DiagKind::Unsupported);
        continue;
      }
      if (!rp_->top_level_.emplace(d->name, d).second) {
        Error(d->name_range, fmt::format("duplicate member name: {}", d->name));
        continue;
      }
      rp_->callables_.push_back(d);
    }
    // Signatures first, so bodies may refer to later declarations.
    std::vector<const Decl*> supported;
    for (const Decl* d : rp_->callables_) {
      ResolveSignature(d);
      WarnBodylessEnsures(d);
      if (SupportedDecl(d)) supported.push_back(d);
    }
    rp_->callables_ = supported;
    for (const Decl* d : rp_->callables_) ResolveBody(d);
    return std::move(rp_);
  }

 private:
  void Error(SourceRange r, std::string msg, DiagKind kind = DiagKind::ResolutionError) {
    ctx_.diags.Report(kind, r, std::move(msg));
  }
  void TypeError(SourceRange r, std::string msg) { Error(r, std::move(msg), DiagKind::TypeError); }

  const Type* ResolveType(const TypeExpr* te) {
    if (te->kind != TypeExprKind::Named) {
      Error(te->range, "dfyc does not support tuple and arrow types yet", DiagKind::Unsupported);
      return t_.Error();
    }
    static const std::unordered_map<std::string, TypeKind> kBuiltins = {
        {"int", TypeKind::Int},   {"bool", TypeKind::Bool}, {"nat", TypeKind::Nat},
        {"real", TypeKind::Real}, {"char", TypeKind::Char}, {"string", TypeKind::String}};
    auto it = kBuiltins.find(te->name);
    if (it != kBuiltins.end() && te->args.empty()) return t_.Get(it->second);
    if (te->name == "seq" || te->name == "set" || te->name == "map" || te->name == "multiset" ||
        te->name == "iset" || te->name == "imap" || te->name == "object" || te->name == "ORDINAL" ||
        te->name.starts_with("array") || te->name.starts_with("bv")) {
      Error(te->range, fmt::format("dfyc does not support type '{}' yet", te->name),
            DiagKind::Unsupported);
      return t_.Error();
    }
    Error(te->range,
          fmt::format("Type or type parameter is not declared in this scope: {}", te->name));
    return t_.Error();
  }

  void DeclareVar(const Var* v, const Type* type) {
    rp_->var_type_[v->id] = type;
    auto& scope = scopes_.back();
    if (!scope.emplace(v->name, v).second) {
      Error(v->range, fmt::format("Duplicate local-variable name: {}", v->name));
    }
  }

  const Var* LookupVar(const std::string& name) const {
    for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
      auto f = it->find(name);
      if (f != it->end()) return f->second;
    }
    return nullptr;
  }

  // Declarations the verifier and backend do not handle yet are rejected here, so that no
  // parsed construct is silently ignored.
  bool SupportedDecl(const Decl* d) {
    auto unsupported = [&](const char* what) {
      Error(d->name_range, fmt::format("dfyc does not support {} yet", what),
            DiagKind::Unsupported);
      return false;
    };
    if (d->is_opaque) return unsupported("opaque declarations");
    if (d->is_abstract) return unsupported("abstract declarations");
    if (d->refining) return unsupported("refining declarations");
    if (d->kind == DeclKind::Method) {
      auto* m = static_cast<const MethodDecl*>(d);
      if (m->flavor != MethodFlavor::Method && m->flavor != MethodFlavor::Lemma) {
        return unsupported("constructors, two-state and extreme lemmas");
      }
      if (!m->reads.empty()) return unsupported("reads clauses on methods");
      if (!m->defaults.empty()) return unsupported("default parameter values");
      if (!m->k_type.empty()) return unsupported("extreme lemmas");
      for (const Spec& s : m->requires_) {
        if (!s.label.empty()) return unsupported("labelled preconditions");
      }
      for (const Spec& s : m->ensures) {
        if (!s.label.empty()) return unsupported("labelled postconditions");
      }
    } else {
      auto* f = static_cast<const FunctionDecl*>(d);
      if (f->flavor != FunctionFlavor::Function && f->flavor != FunctionFlavor::Predicate) {
        return unsupported("two-state and extreme predicates");
      }
      if (!f->defaults.empty()) return unsupported("default parameter values");
      if (!f->k_type.empty()) return unsupported("extreme predicates");
      for (const Spec& s : f->requires_) {
        if (!s.label.empty()) return unsupported("labelled preconditions");
      }
    }
    return true;
  }

  // Dafny warns that the postcondition of a body-less method or function is an axiom.
  void WarnBodylessEnsures(const Decl* d) {
    auto has_axiom = [](const std::vector<Attribute>& attrs) {
      for (const Attribute& a : attrs) {
        if (a.name == "axiom") return true;
      }
      return false;
    };
    if (has_axiom(d->attributes)) return;
    const std::vector<Spec>* ensures = nullptr;
    const char* what = nullptr;
    if (d->kind == DeclKind::Method && !static_cast<const MethodDecl*>(d)->body) {
      ensures = &static_cast<const MethodDecl*>(d)->ensures;
      what = "method";
    } else if (d->kind == DeclKind::Function && !static_cast<const FunctionDecl*>(d)->body) {
      ensures = &static_cast<const FunctionDecl*>(d)->ensures;
      what = "function";
    }
    if (!ensures) return;
    for (const Spec& s : *ensures) {
      if (has_axiom(s.attributes)) continue;
      ctx_.diags.Report(DiagKind::ResolutionWarning, s.expr->tok,
                        fmt::format("This ensures clause is part of a bodyless {0}. Add the "
                                    "{{:axiom}} attribute to it or the enclosing {0} to suppress "
                                    "this warning",
                                    what));
    }
  }

  void ResolveSignature(const Decl* d) {
    auto formals = [&](const std::vector<Var*>& vars) {
      for (const Var* v : vars) rp_->var_type_[v->id] = ResolveType(v->type);
    };
    if (d->kind == DeclKind::Method) {
      auto* m = static_cast<const MethodDecl*>(d);
      if (!m->type_params.empty()) {
        Error(m->name_range, "dfyc does not support type parameters yet", DiagKind::Unsupported);
      }
      formals(m->ins);
      formals(m->outs);
    } else {
      auto* f = static_cast<const FunctionDecl*>(d);
      if (!f->type_params.empty()) {
        Error(f->name_range, "dfyc does not support type parameters yet", DiagKind::Unsupported);
      }
      formals(f->params);
      const Type* rt = ResolveType(f->result_type);
      if (f->result) rp_->var_type_[f->result->id] = rt;
      rp_->function_result_[f] = rt;
    }
  }

  void ResolveBody(const Decl* d) {
    scopes_.clear();
    scopes_.emplace_back();
    if (d->kind == DeclKind::Method) {
      auto* m = static_cast<const MethodDecl*>(d);
      CodeContext spec{false, false, m, nullptr};
      for (const Var* v : m->ins) DeclareVar(v, rp_->TypeOf(v));
      for (const Spec& s : m->requires_) ExpectBool(s.expr, spec);
      for (const Expr* e : m->decreases) ResolveExpr(e, spec);
      for (const Expr* e : m->modifies) {
        Error(e->range, "dfyc does not support modifies clauses yet", DiagKind::Unsupported);
      }
      scopes_.emplace_back();
      for (const Var* v : m->outs) DeclareVar(v, rp_->TypeOf(v));
      CodeContext post{false, true, m, nullptr};
      for (const Spec& s : m->ensures) ExpectBool(s.expr, post);
      if (m->body) {
        CodeContext body{true, true, m, nullptr};
        ResolveBlock(m->body, body);
        InferNatLocals(m->body);
        if (!m->ghost) CheckGhostUses(m->body);
        for (const Var* v : pending_) {
          Error(v->range, "the type of this local variable is underspecified");
        }
        pending_.clear();
      }
    } else {
      auto* f = static_cast<const FunctionDecl*>(d);
      CodeContext ctx{false, false, nullptr, f};
      for (const Var* v : f->params) DeclareVar(v, rp_->TypeOf(v));
      for (const Spec& s : f->requires_) ExpectBool(s.expr, ctx);
      for (const Expr* e : f->decreases) ResolveExpr(e, ctx);
      for (const Expr* e : f->reads) {
        Error(e->range, "dfyc does not support reads clauses yet", DiagKind::Unsupported);
      }
      if (f->body) {
        const Type* body_type = ResolveExpr(f->body, ctx);
        const Type* rt = rp_->function_result_[f];
        if (!Assignable(rt, body_type)) {
          TypeError(f->name_range, fmt::format("Function body type mismatch (expected {}, got {})",
                                               TypeName(rt), TypeName(body_type)));
        }
      }
      if (f->by_method) {
        Error(f->by_method->range, "dfyc does not support 'by method' yet", DiagKind::Unsupported);
      }
      scopes_.emplace_back();
      if (f->result) DeclareVar(f->result, rp_->TypeOf(f->result));
      for (const Spec& s : f->ensures) ExpectBool(s.expr, ctx);
    }
  }

  // The kind of a type from the side tables; constructs the resolver rejected have none.
  static TypeKind KindOf(const Type* t) { return t ? t->kind : TypeKind::Error; }

  // Dafny's (legacy) type inference gives an untyped local `var x := e` the subset type nat
  // when e is nat-typed, or when e is a literal, x is passed where a nat is expected and every
  // later assignment to x keeps it nat-valued (nat operands of + * / %, literals).
  void InferNatLocals(const BlockStmt* body) {
    std::unordered_map<const Var*, bool> literal_init;  // candidate -> initialized by a literal
    std::unordered_map<const Var*, std::vector<const Expr*>> assigned;
    std::unordered_set<const Var*> blocked, nat_use;
    auto var_of = [&](const Expr* e) -> const Var* {
      while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
      return e->kind == ExprKind::Name ? rp_->BindingOf(e).var : nullptr;
    };
    std::function<void(const Expr*)> uses = [&](const Expr* e) {
      if (e->kind == ExprKind::Call) {
        auto* call = static_cast<const CallExpr*>(e);
        const Binding& b = rp_->CalleeOf(call);
        const std::vector<Var*>* formals = b.function ? &b.function->params
                                           : b.method ? &b.method->ins
                                                      : nullptr;
        for (size_t i = 0; formals && i < call->args.size() && i < formals->size(); ++i) {
          if (KindOf(rp_->TypeOf((*formals)[i])) == TypeKind::Nat) {
            if (const Var* v = var_of(call->args[i])) nat_use.insert(v);
          }
        }
      }
      ForEachSubExpr(e, uses);
    };
    auto rhs_into = [&](const std::vector<const Var*>& targets, const std::vector<Expr*>& rhs) {
      const MethodDecl* m = nullptr;
      if (rhs.size() == 1 && rhs[0]->kind == ExprKind::Call) {
        m = rp_->CalleeOf(static_cast<const CallExpr*>(rhs[0])).method;
      }
      for (size_t i = 0; i < targets.size(); ++i) {
        if (!targets[i]) continue;
        if (m) {
          if (i >= m->outs.size() || KindOf(rp_->TypeOf(m->outs[i])) != TypeKind::Nat) {
            blocked.insert(targets[i]);
          }
        } else if (i < rhs.size()) {
          assigned[targets[i]].push_back(rhs[i]);
        }
      }
    };
    std::function<void(const Stmt*)> visit = [&](const Stmt* s) {
      if (s->kind == StmtKind::VarDecl) {
        auto* vd = static_cast<const VarDeclStmt*>(s);
        if (vd->rhs.size() == vd->vars.size()) {
          for (size_t i = 0; i < vd->vars.size(); ++i) {
            const Var* v = vd->vars[i];
            const Expr* r = vd->rhs[i];
            // Statements the resolver rejected have no types; they are skipped.
            if (v->type || !rp_->TypeOf(v) || !rp_->TypeOf(r)) continue;
            if (rp_->TypeOf(v)->kind != TypeKind::Int) continue;
            if (rp_->TypeOf(r)->kind == TypeKind::Nat) literal_init[v] = false;
            if (r->kind == ExprKind::IntLiteral) literal_init[v] = true;
          }
        }
      } else if (s->kind == StmtKind::Assign) {
        auto* as = static_cast<const AssignStmt*>(s);
        std::vector<const Var*> targets;
        for (const Expr* l : as->lhs) targets.push_back(var_of(l));
        rhs_into(targets, as->rhs);
      }
      ForEachChild(s, uses, visit);
    };
    visit(body);
    // Drop candidates until every assignment keeps every remaining one nat-valued.
    std::function<bool(const Expr*)> nat_valued = [&](const Expr* e) -> bool {
      switch (e->kind) {
        case ExprKind::Paren:
          return nat_valued(static_cast<const ParenExpr*>(e)->inner);
        case ExprKind::IntLiteral:
          return true;
        case ExprKind::Name: {
          const Var* v = rp_->BindingOf(e).var;
          return v && (KindOf(rp_->TypeOf(v)) == TypeKind::Nat || literal_init.count(v));
        }
        case ExprKind::Binary: {
          auto* b = static_cast<const BinaryExpr*>(e);
          bool op = b->op == BinaryOp::Add || b->op == BinaryOp::Mul || b->op == BinaryOp::Div ||
                    b->op == BinaryOp::Mod;
          return op && nat_valued(b->lhs) && nat_valued(b->rhs);
        }
        case ExprKind::IfThenElse: {
          auto* i = static_cast<const IfThenElseExpr*>(e);
          return nat_valued(i->then_branch) && nat_valued(i->else_branch);
        }
        default:
          return KindOf(rp_->TypeOf(e)) == TypeKind::Nat;
      }
    };
    for (const Var* v : blocked) literal_init.erase(v);
    for (auto it = literal_init.begin(); it != literal_init.end();) {
      if (it->second && !nat_use.count(it->first)) {
        it = literal_init.erase(it);
      } else {
        ++it;
      }
    }
    for (bool changed = true; changed;) {
      changed = false;
      for (auto it = literal_init.begin(); it != literal_init.end();) {
        // A local initialized from a nat is a nat (its assignments are then checked).
        bool ok = !it->second;
        if (it->second) {
          ok = true;
          for (const Expr* r : assigned[it->first]) ok = ok && nat_valued(r);
        }
        if (!ok) {
          it = literal_init.erase(it);
          changed = true;
        } else {
          ++it;
        }
      }
    }
    for (const auto& [v, literal] : literal_init) rp_->var_type_[v->id] = t_.Nat();
  }

  // --- triggers ----------------------------------------------------------------------------

  // Dafny warns when it finds no trigger for a quantifier. The candidates dfyc knows so far are
  // calls of functions whose arguments are bound variables or free of them.
  void WarnIfNoTrigger(const QuantifierExpr* q) {
    bool explicit_trigger = false;
    for (const Attribute& a : q->domain.attributes) {
      explicit_trigger = explicit_trigger || a.name == "trigger";
    }
    if (explicit_trigger) return;
    std::unordered_set<const Var*> bound, covered;
    for (const BoundVar& bv : q->domain.vars) bound.insert(bv.var);
    std::function<bool(const Expr*)> mentions = [&](const Expr* e) {
      if (e->kind == ExprKind::Name) return bound.count(rp_->BindingOf(e).var) > 0;
      bool found = false;
      ForEachSubExpr(e, [&](const Expr* s) { found = found || mentions(s); });
      return found;
    };
    std::function<void(const Expr*)> visit = [&](const Expr* e) {
      if (e->kind == ExprKind::Call && rp_->CalleeOf(static_cast<const CallExpr*>(e)).function) {
        auto* call = static_cast<const CallExpr*>(e);
        bool clean = true;
        std::vector<const Var*> vars;
        for (const Expr* a : call->args) {
          const Expr* x = a;
          while (x->kind == ExprKind::Paren) x = static_cast<const ParenExpr*>(x)->inner;
          const Var* v = x->kind == ExprKind::Name ? rp_->BindingOf(x).var : nullptr;
          if (v && bound.count(v)) {
            vars.push_back(v);
          } else if (mentions(a)) {
            clean = false;
          }
        }
        if (clean) covered.insert(vars.begin(), vars.end());
      }
      ForEachSubExpr(e, visit);
    };
    visit(q->body);
    for (const BoundVar& bv : q->domain.vars) {
      if (bv.range) visit(bv.range);
    }
    if (covered.size() == bound.size()) return;
    ctx_.diags.Report(DiagKind::ResolutionWarning, q->tok,
                      "Could not find a trigger for this quantifier. Without a trigger, the "
                      "quantifier may cause brittle verification. To silence this warning, add "
                      "an explicit trigger using the {:trigger} attribute. For more information, "
                      "see the section on quantifier instantiation rules in the reference "
                      "manual.");
  }

  // --- ghost inference and checks ---------------------------------------------------------

  // The first ghost entity `e` uses (a ghost variable or a call of a ghost function), if any.
  const Expr* GhostPart(const Expr* e) {
    if (e->kind == ExprKind::Quantifier) return nullptr;  // compiled or not: the backend decides
    if (e->kind == ExprKind::Name) {
      const Var* v = rp_->BindingOf(e).var;
      return v && rp_->IsGhost(v) ? e : nullptr;
    }
    if (e->kind == ExprKind::Call) {
      const Binding& b = rp_->CalleeOf(static_cast<const CallExpr*>(e));
      if (b.function && b.function->ghost) return e;
      if (b.function) {
        auto* call = static_cast<const CallExpr*>(e);
        for (size_t i = 0; i < call->args.size(); ++i) {
          if (i < b.function->params.size() && b.function->params[i]->ghost) continue;
          if (const Expr* g = GhostPart(call->args[i])) return g;
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

  // Reports `e` if it uses ghost entities where compiled code is required.
  void RequireCompiled(const Expr* e) {
    const Expr* g = GhostPart(e);
    if (!g) return;
    if (g->kind == ExprKind::Name) {
      const std::string& n = static_cast<const NameExpr*>(g)->name;
      Error(g->tok,
            fmt::format("ghost variables such as {0} are allowed only in specification "
                        "contexts. {0} was inferred to be ghost based on its declaration "
                        "or initialization.",
                        n),
            DiagKind::GhostError);
    } else {
      Error(g->tok,
            "a call to a ghost function is allowed only in specification contexts "
            "(consider declaring the function without the 'ghost' keyword)",
            DiagKind::GhostError);
    }
  }

  // Infers ghost locals from their initializers and checks the compiled uses of a method body.
  void CheckGhostUses(const Stmt* s) {
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
          return;
        }
        for (size_t i = 0; i < vd->vars.size() && i < vd->rhs.size(); ++i) {
          if (vd->vars[i]->ghost) continue;
          if (GhostPart(vd->rhs[i])) rp_->ghost_var_[vd->vars[i]->id] = true;
        }
        return;
      }
      case StmtKind::Assign: {
        auto* as = static_cast<const AssignStmt*>(s);
        if (as->rhs.size() == 1 && as->rhs[0]->kind == ExprKind::Call) {
          auto* c = static_cast<const CallExpr*>(as->rhs[0]);
          if (const MethodDecl* m = rp_->CalleeOf(c).method) {
            if (!m->ghost) CheckCallArgs(c, m->ins);
            return;
          }
        }
        for (size_t i = 0; i < as->lhs.size() && i < as->rhs.size(); ++i) {
          const Var* v = rp_->BindingOf(as->lhs[i]).var;
          if (v && !rp_->IsGhost(v)) RequireCompiled(as->rhs[i]);
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
        CheckGhostUses(is->then_branch);
        if (is->else_branch) CheckGhostUses(is->else_branch);
        return;
      }
      case StmtKind::While: {
        auto* ws = static_cast<const WhileStmt*>(s);
        if (ws->cond && GhostPart(ws->cond)) {
          if (ws->body) CheckGhostStatement(ws->body);
          return;
        }
        if (ws->body) CheckGhostUses(ws->body);
        return;
      }
      default:
        return;
    }
  }

  // Inside a ghost statement (guarded by a ghost condition) nothing may change compiled state.
  void CheckGhostStatement(const Stmt* s) {
    if (s->kind == StmtKind::Assign) {
      auto* as = static_cast<const AssignStmt*>(s);
      for (const Expr* l : as->lhs) {
        const Var* v = rp_->BindingOf(l).var;
        if (v && !rp_->IsGhost(v)) {
          Error(as->op,
                "assignment to non-ghost variable is not allowed in this context, "
                "because the statement is in a ghost context; e.g., it may be guarded "
                "by a specification-only expression",
                DiagKind::GhostError);
          return;
        }
      }
      return;
    }
    if (s->kind == StmtKind::Print) {
      Error(SourceRange{s->range.file, s->range.begin, s->range.begin + 5},
            "print statement is not allowed in this context (because this is a ghost method or "
            "because the statement is guarded by a specification-only expression)",
            DiagKind::GhostError);
      return;
    }
    if (s->kind == StmtKind::VarDecl) {
      for (const Var* v : static_cast<const VarDeclStmt*>(s)->vars) {
        rp_->ghost_var_[v->id] = true;
      }
      return;
    }
    ForEachChild(
        s, [](const Expr*) {}, [&](const Stmt* x) { CheckGhostStatement(x); });
  }

  void CheckCallArgs(const CallExpr* call, const std::vector<Var*>& formals) {
    for (size_t i = 0; i < call->args.size() && i < formals.size(); ++i) {
      if (!formals[i]->ghost) RequireCompiled(call->args[i]);
    }
  }

  // --- statements -----------------------------------------------------------------------

  void ResolveBlock(const BlockStmt* b, const CodeContext& cc) {
    scopes_.emplace_back();
    for (const Stmt* s : b->stmts) ResolveStmt(s, cc);
    scopes_.pop_back();
  }

  void ResolveStmt(const Stmt* s, const CodeContext& cc) {
    switch (s->kind) {
      case StmtKind::Block:
        ResolveBlock(static_cast<const BlockStmt*>(s), cc);
        return;
      case StmtKind::VarDecl: {
        auto* vd = static_cast<const VarDeclStmt*>(s);
        std::vector<const Type*> rhs_types = ResolveRhs(vd->rhs, vd->vars.size(), s->range, cc);
        for (size_t i = 0; i < vd->vars.size(); ++i) {
          const Var* v = vd->vars[i];
          const Type* declared = v->type ? ResolveType(v->type) : nullptr;
          const Type* rhs = i < rhs_types.size() ? rhs_types[i] : nullptr;
          if (!declared && !rhs && vd->rhs.empty()) {
            // `var a, b;`: the type comes from the first assignment, as Dafny infers it.
            DeclareVar(v, t_.Error());
            pending_.insert(v);
            continue;
          }
          if (!declared && !rhs) declared = t_.Error();  // reported: too few values
          if (declared && rhs && !Assignable(declared, rhs)) {
            TypeError(vd->op, fmt::format("RHS (of type {}) not assignable to LHS (of type {})",
                                          TypeName(rhs), TypeName(declared)));
          }
          if (!declared) declared = rhs->kind == TypeKind::Nat ? t_.Int() : rhs;
          DeclareVar(v, declared);
        }
        return;
      }
      case StmtKind::Assign: {
        auto* as = static_cast<const AssignStmt*>(s);
        std::vector<const Type*> lhs_types;
        for (const Expr* l : as->lhs) {
          lhs_types.push_back(ResolveExpr(l, cc));
          CheckAssignable(l);
        }
        std::vector<const Type*> rhs_types = ResolveRhs(as->rhs, as->lhs.size(), s->range, cc);
        for (size_t i = 0; i < as->lhs.size() && i < rhs_types.size(); ++i) {
          const Var* v = rp_->BindingOf(as->lhs[i]).var;
          if (v && pending_.count(v) && rhs_types[i]->kind != TypeKind::Error) {
            pending_.erase(v);
            rp_->var_type_[v->id] = Base(rhs_types[i]);
            rp_->expr_type_[as->lhs[i]->id] = lhs_types[i] = Base(rhs_types[i]);
          }
          // `y := c` with c still untyped: c takes y's type.
          const Var* r =
              as->rhs.size() == as->lhs.size() ? rp_->BindingOf(as->rhs[i]).var : nullptr;
          if (r && pending_.count(r) && lhs_types[i]->kind != TypeKind::Error) {
            pending_.erase(r);
            rp_->var_type_[r->id] = lhs_types[i];
            rp_->expr_type_[as->rhs[i]->id] = rhs_types[i] = lhs_types[i];
          }
        }
        for (size_t i = 0; i < lhs_types.size() && i < rhs_types.size(); ++i) {
          if (!Assignable(lhs_types[i], rhs_types[i])) {
            TypeError(as->op, fmt::format("RHS (of type {}) not assignable to LHS (of type {})",
                                          TypeName(rhs_types[i]), TypeName(lhs_types[i])));
          }
        }
        return;
      }
      case StmtKind::Call: {
        auto* cs = static_cast<const CallStmt*>(s);
        ResolveRhs({cs->call}, 0, s->range, cc);
        return;
      }
      case StmtKind::If: {
        auto* is = static_cast<const IfStmt*>(s);
        if (is->cond) ExpectBool(is->cond, cc, "condition");
        ResolveBlock(is->then_branch, cc);
        if (is->else_branch) ResolveStmt(is->else_branch, cc);
        return;
      }
      case StmtKind::While: {
        auto* ws = static_cast<const WhileStmt*>(s);
        if (ws->cond) ExpectBool(ws->cond, cc, "condition");
        CodeContext spec = cc;
        spec.is_method = false;
        for (const Spec& inv : ws->invariants) ExpectBool(inv.expr, spec);
        for (const Expr* d : ws->decreases) ResolveExpr(d, spec);
        if (ws->decreases_star) {
          Error(ws->range, "dfyc does not support 'decreases *' yet", DiagKind::Unsupported);
        }
        for (const Expr* m : ws->modifies) {
          Error(m->range, "dfyc does not support modifies clauses yet", DiagKind::Unsupported);
        }
        if (ws->body) {
          ResolveBlock(ws->body, cc);
        } else {
          Error(ws->range, "dfyc does not support body-less loops yet", DiagKind::Unsupported);
        }
        return;
      }
      case StmtKind::Return: {
        auto* rs = static_cast<const ReturnStmt*>(s);
        if (rs->values.empty()) return;
        const auto& outs = cc.method->outs;
        if (rs->values.size() != outs.size()) {
          Error(rs->range, fmt::format("number of return parameters does not match declaration "
                                       "(found {}, expected {})",
                                       rs->values.size(), outs.size()));
        }
        std::vector<const Type*> types;
        if (rs->values.size() == outs.size()) {
          types = ResolveRhs(rs->values, outs.size(), s->range, cc);
        } else {
          for (const Expr* v : rs->values) types.push_back(ResolveExpr(v, cc));
        }
        for (size_t i = 0; i < types.size() && i < outs.size(); ++i) {
          const Type* out_type = rp_->TypeOf(outs[i]);
          if (!Assignable(out_type, types[i])) {
            TypeError(rs->values[i]->tok,
                      fmt::format("RHS (of type {}) not assignable to LHS (of type {})",
                                  TypeName(types[i]), TypeName(out_type)));
          }
        }
        return;
      }
      case StmtKind::Assert:
      case StmtKind::Assume:
      case StmtKind::Expect: {
        auto* ps = static_cast<const PredicateStmt*>(s);
        if (s->kind == StmtKind::Assume) {
          bool axiom = false;
          for (const Attribute& a : s->attributes) axiom = axiom || a.name == "axiom";
          if (!axiom) {
            ctx_.diags.Report(DiagKind::ResolutionWarning,
                              SourceRange{s->range.file, s->range.begin, s->range.begin + 6},
                              "assume statement has no {:axiom} annotation");
          }
        }
        CodeContext spec = cc;
        if (s->kind != StmtKind::Expect) spec.is_method = false;
        ExpectBool(ps->expr, spec);
        if (ps->message) ResolveExpr(ps->message, spec);
        if (ps->proof) ResolveBlock(ps->proof, cc);
        return;
      }
      case StmtKind::Print: {
        auto* ps = static_cast<const PrintStmt*>(s);
        for (const Expr* a : ps->args) ResolveExpr(a, cc);
        return;
      }
      default:
        Error(s->range,
              fmt::format("dfyc does not support {} statements yet", StmtKindName(s->kind)),
              DiagKind::Unsupported);
    }
  }

  void CheckAssignable(const Expr* lhs) {
    if (lhs->kind != ExprKind::Name) {
      Error(lhs->tok, "dfyc supports only local variables on the left of := so far",
            DiagKind::Unsupported);
      return;
    }
    const Var* v = rp_->BindingOf(lhs).var;
    if (v && v->kind == VarKind::InParam) {
      Error(lhs->tok, fmt::format("LHS of assignment must denote a mutable variable"));
    }
  }

  // The right-hand sides of an assignment or declaration: either one method call producing
  // `lhs_count` values, or one expression per left-hand side. Returns the RHS types.
  std::vector<const Type*> ResolveRhs(const std::vector<Expr*>& rhs, size_t lhs_count,
                                      SourceRange where, const CodeContext& cc) {
    std::vector<const Type*> types;
    if (rhs.empty()) return types;
    if (rhs.size() == 1 && rhs[0]->kind == ExprKind::Call) {
      auto* call = static_cast<const CallExpr*>(rhs[0]);
      if (const MethodDecl* m = CalleeMethod(call)) {
        ResolveCallArgs(call, m->ins, m->name, "method", cc);
        rp_->binding_[call->id].method = m;
        rp_->expr_type_[call->id] = t_.Error();
        if (!cc.is_method) {
          Error(call->tok,
                fmt::format("expression is not allowed to invoke a method ({})", m->name));
        }
        if (m->outs.size() != lhs_count) {
          (void)where;
          Error(call->tok, fmt::format("the method returns {} value{} but is assigned to {} "
                                       "variable{} (all return values must be assigned)",
                                       m->outs.size(), m->outs.size() == 1 ? "" : "s", lhs_count,
                                       lhs_count == 1 ? "" : "s"));
        }
        for (const Var* o : m->outs) types.push_back(rp_->TypeOf(o));
        return types;
      }
    }
    if (rhs.size() != lhs_count) {
      Error(where, fmt::format("the number of left-hand sides ({}) and right-hand sides ({}) must "
                               "match for a multi-assignment",
                               lhs_count, rhs.size()));
    }
    for (const Expr* e : rhs) types.push_back(ResolveExpr(e, cc));
    return types;
  }

  const MethodDecl* CalleeMethod(const CallExpr* call) {
    if (call->callee->kind != ExprKind::Name) return nullptr;
    auto* name = static_cast<const NameExpr*>(call->callee);
    if (LookupVar(name->name)) return nullptr;
    auto it = rp_->top_level_.find(name->name);
    if (it == rp_->top_level_.end() || it->second->kind != DeclKind::Method) return nullptr;
    return static_cast<const MethodDecl*>(it->second);
  }

  void ResolveCallArgs(const CallExpr* call, const std::vector<Var*>& formals,
                       const std::string& name, const char* what, const CodeContext& cc) {
    if (call->args.size() != formals.size()) {
      std::vector<std::string> signature;
      for (const Var* f : formals) {
        signature.push_back(fmt::format("{}: {}", f->name, TypeName(rp_->TypeOf(f))));
      }
      Error(call->tok,
            fmt::format("wrong number of arguments (got {}, but {} '{}' expects {}: "
                        "({}))",
                        call->args.size(), what, name, formals.size(), fmt::join(signature, ", ")));
    }
    for (size_t i = 0; i < call->args.size(); ++i) {
      const Type* at = ResolveExpr(call->args[i], cc);
      if (i < formals.size() && !Assignable(rp_->TypeOf(formals[i]), at)) {
        TypeError(
            call->args[i]->tok,
            fmt::format("incorrect argument type for {} {} '{}' (expected {}, found {})", what,
                        std::string_view(what) == "method" ? "in-parameter" : "parameter",
                        formals[i]->name, TypeName(rp_->TypeOf(formals[i])), TypeName(at)));
      }
    }
  }

  // --- expressions ----------------------------------------------------------------------

  void ExpectBool(const Expr* e, const CodeContext& cc, const char* what = nullptr) {
    const Type* t = ResolveExpr(e, cc);
    if (t->kind != TypeKind::Bool && t->kind != TypeKind::Error) {
      TypeError(
          e->tok,
          what ? fmt::format("{} is expected to be of type bool, but is {}", what, TypeName(t))
               : fmt::format("type of expression is expected to be bool, but is {}", TypeName(t)));
    }
  }

  const Type* ResolveExpr(const Expr* e, const CodeContext& cc) {
    const Type* t = Infer(e, cc);
    rp_->expr_type_[e->id] = t;
    return t;
  }

  // The base type of an arithmetic result: nat arithmetic yields int.
  const Type* Base(const Type* t) { return t->kind == TypeKind::Nat ? t_.Int() : t; }

  const Type* Infer(const Expr* e, const CodeContext& cc) {
    switch (e->kind) {
      case ExprKind::BoolLiteral:
        return t_.Bool();
      case ExprKind::IntLiteral:
        return t_.Int();
      case ExprKind::RealLiteral:
        return t_.Real();
      case ExprKind::CharLiteral:
        return t_.Char();
      case ExprKind::StringLiteral:
        return t_.String();
      case ExprKind::Paren:
        return ResolveExpr(static_cast<const ParenExpr*>(e)->inner, cc);
      case ExprKind::Name: {
        auto* n = static_cast<const NameExpr*>(e);
        if (const Var* v = LookupVar(n->name)) {
          rp_->binding_[e->id].var = v;
          return rp_->TypeOf(v);
        }
        auto it = rp_->top_level_.find(n->name);
        if (it != rp_->top_level_.end()) {
          Error(e->tok, fmt::format("dfyc does not support function values yet ({})", n->name),
                DiagKind::Unsupported);
          return t_.Error();
        }
        Error(e->tok, fmt::format("unresolved identifier: {}", n->name));
        return t_.Error();
      }
      case ExprKind::Unary: {
        auto* u = static_cast<const UnaryExpr*>(e);
        const Type* t = ResolveExpr(u->operand, cc);
        if (t->kind == TypeKind::Error) return t;
        if (u->op == UnaryOp::Not) {
          if (t->kind != TypeKind::Bool) {
            TypeError(e->tok, fmt::format("logical/bitwise negation expects a boolean or "
                                          "bitvector argument (instead got {})",
                                          TypeName(t)));
          }
          return t_.Bool();
        }
        if (!IsNumeric(t)) {
          TypeError(e->tok, fmt::format("type of unary - must be of a numeric or bitvector type "
                                        "(instead got {})",
                                        TypeName(t)));
          return t_.Error();
        }
        return Base(t);
      }
      case ExprKind::Binary:
        return InferBinary(static_cast<const BinaryExpr*>(e), cc);
      case ExprKind::IfThenElse: {
        auto* ite = static_cast<const IfThenElseExpr*>(e);
        const Type* guard = ResolveExpr(ite->cond, cc);
        if (guard->kind != TypeKind::Bool && guard->kind != TypeKind::Error) {
          TypeError(ite->cond->tok, fmt::format("guard condition in if-then-else expression must "
                                                "be a boolean (instead got {})",
                                                TypeName(guard)));
        }
        const Type* a = ResolveExpr(ite->then_branch, cc);
        const Type* b = ResolveExpr(ite->else_branch, cc);
        if (a->kind == TypeKind::Error) return b;
        if (b->kind == TypeKind::Error) return a;
        if (!Assignable(a, b)) {
          TypeError(e->tok, fmt::format("the two branches of an if-then-else expression must "
                                        "have the same type (got {} and {})",
                                        TypeName(a), TypeName(b)));
          return t_.Error();
        }
        return a == b ? a : Base(a);
      }
      case ExprKind::Quantifier: {
        auto* q = static_cast<const QuantifierExpr*>(e);
        scopes_.emplace_back();
        for (const BoundVar& bv : q->domain.vars) {
          if (bv.collection) {
            Error(bv.collection->tok, "dfyc does not support 'x <- collection' bindings yet",
                  DiagKind::Unsupported);
          }
          // An untyped bound variable is an int, the type Dafny infers for nearly all of them.
          const Type* t = bv.var->type ? ResolveType(bv.var->type) : t_.Int();
          if (t->kind != TypeKind::Int && t->kind != TypeKind::Nat && t->kind != TypeKind::Bool &&
              t->kind != TypeKind::Error) {
            Error(bv.var->range,
                  fmt::format("dfyc does not support quantifiers over {} yet", TypeName(t)),
                  DiagKind::Unsupported);
          }
          DeclareVar(bv.var, t);
        }
        for (const BoundVar& bv : q->domain.vars) {
          if (bv.range) ExpectBool(bv.range, cc, "range");
        }
        for (const Attribute& a : q->domain.attributes) {
          for (const Expr* x : a.args) ResolveExpr(x, cc);
        }
        ExpectBool(q->body, cc);
        scopes_.pop_back();
        WarnIfNoTrigger(q);
        return t_.Bool();
      }
      case ExprKind::Old: {
        auto* o = static_cast<const OldExpr*>(e);
        if (!cc.allow_old) {
          Error(e->tok, "old expressions are allowed only in two-state contexts (methods)");
        }
        if (!o->label.empty()) {
          Error(e->tok, "dfyc does not support labelled old expressions yet",
                DiagKind::Unsupported);
        }
        return ResolveExpr(o->operand, cc);
      }
      case ExprKind::Call: {
        auto* call = static_cast<const CallExpr*>(e);
        if (call->callee->kind != ExprKind::Name) {
          Error(e->tok, "dfyc supports only calls of named functions so far",
                DiagKind::Unsupported);
          return t_.Error();
        }
        auto* name = static_cast<const NameExpr*>(call->callee);
        auto it = rp_->top_level_.find(name->name);
        if (LookupVar(name->name) || it == rp_->top_level_.end()) {
          ResolveExpr(call->callee, cc);
          for (const Expr* a : call->args) ResolveExpr(a, cc);
          return t_.Error();
        }
        if (it->second->kind == DeclKind::Method) {
          auto* m = static_cast<const MethodDecl*>(it->second);
          const char* what = m->flavor == MethodFlavor::Lemma ? "lemma" : "method";
          Error(call->callee->tok,
                fmt::format("expression is not allowed to invoke a {} ({})", what, m->name));
          Error(e->tok, fmt::format("{} call is not allowed to be used in an expression context "
                                    "({})",
                                    what, m->name));
          for (const Expr* a : call->args) ResolveExpr(a, cc);
          return t_.Error();
        }
        auto* f = static_cast<const FunctionDecl*>(it->second);
        rp_->binding_[e->id].function = f;
        rp_->binding_[call->callee->id].function = f;
        rp_->expr_type_[call->callee->id] = t_.Error();
        ResolveCallArgs(call, f->params, f->name, "function", cc);
        return rp_->function_result_[f];
      }
      default:
        Error(e->tok,
              fmt::format("dfyc does not support {} expressions yet", ExprKindName(e->kind)),
              DiagKind::Unsupported);
        return t_.Error();
    }
  }

  const Type* InferBinary(const BinaryExpr* b, const CodeContext& cc) {
    const Type* l = ResolveExpr(b->lhs, cc);
    const Type* r = ResolveExpr(b->rhs, cc);
    std::string_view op = BinaryOpSpelling(b->op);
    bool error = l->kind == TypeKind::Error || r->kind == TypeKind::Error;
    switch (b->op) {
      case BinaryOp::Iff:
      case BinaryOp::Implies:
      case BinaryOp::Explies:
      case BinaryOp::And:
      case BinaryOp::Or:
        for (const Type* t : {l, r}) {
          if (t->kind != TypeKind::Bool && t->kind != TypeKind::Error) {
            TypeError(b->tok, fmt::format("first argument to {} must be of type bool (instead "
                                          "got {})",
                                          op, TypeName(t)));
            break;
          }
        }
        return t_.Bool();
      case BinaryOp::Eq:
      case BinaryOp::Neq:
        if (!error && !Assignable(l, r)) {
          TypeError(b->tok, fmt::format("arguments must have comparable types (got {} and {})",
                                        TypeName(l), TypeName(r)));
        }
        return t_.Bool();
      case BinaryOp::Lt:
      case BinaryOp::Le:
      case BinaryOp::Gt:
      case BinaryOp::Ge:
        if (!error && !Assignable(l, r)) {
          TypeError(b->tok, fmt::format("arguments to {} must have a common supertype (got {} and "
                                        "{})",
                                        op, TypeName(l), TypeName(r)));
        } else if (!error && !(IsNumeric(l) || l->kind == TypeKind::Char)) {
          TypeError(b->tok, fmt::format("arguments to {} must be of a numeric type, bitvector "
                                        "type, ORDINAL, char, a sequence type, or a set-like or "
                                        "map-like type (instead got {} and {})",
                                        op, TypeName(l), TypeName(r)));
        }
        return t_.Bool();
      case BinaryOp::Add:
      case BinaryOp::Sub:
      case BinaryOp::Mul:
      case BinaryOp::Div:
      case BinaryOp::Mod:
        if (error) return t_.Error();
        if (IsNumeric(l) && !Assignable(l, r)) {
          TypeError(b->tok, fmt::format("type of right argument to {} ({}) must agree with the "
                                        "result type ({})",
                                        op, TypeName(r), TypeName(Base(l))));
          return t_.Error();
        }
        if (!IsNumeric(l) || !Assignable(l, r) || (b->op == BinaryOp::Mod && !IsIntBased(l))) {
          TypeError(b->tok, fmt::format("arguments to {} must be {} (instead got {} and {})", op,
                                        b->op == BinaryOp::Mod ? "integer-numeric or bitvector "
                                                                 "types"
                                                               : "of a numeric type",
                                        TypeName(l), TypeName(r)));
          return t_.Error();
        }
        return Base(l);
      default:
        Error(b->tok, fmt::format("dfyc does not support the operator {} yet", op),
              DiagKind::Unsupported);
        return t_.Error();
    }
  }

  std::unique_ptr<ResolvedProgram> rp_;
  // Locals declared without a type or a value, until their first assignment gives them one.
  std::unordered_set<const Var*> pending_;
  Context& ctx_;
  TypeTable& t_;
  std::vector<std::unordered_map<std::string, const Var*>> scopes_;
};

}  // namespace

std::unique_ptr<ResolvedProgram> Resolve(const Program& program, Context& ctx) {
  return Resolver(program, ctx).Run();
}

}  // namespace dfy
