// Statements.
#include <functional>
#include <set>

#include "frontend/ast_visit.h"
#include "frontend/resolver.h"

namespace dfy::resolve {

// Dafny's text for a loop without a body: "this loop has no body (loop frame: i, x, $Heap)",
// naming the loop index, then the mutable variables (locals and out-parameters) its guard,
// invariants and decreases clauses mention, in order of appearance, and $Heap when they read
// mutable state (a field, an array element, a function with a reads clause) or the loop has a
// modifies clause.
static std::string NoBodyText(const ResolvedProgram& rp,
                              const std::function<const Type*(const Type*)>& shape,
                              const Var* index, const std::vector<const Expr*>& exprs, bool heap) {
  std::vector<std::string> names;
  std::set<const Var*> seen;
  if (index) {
    names.push_back(index->name);
    seen.insert(index);
  }
  std::function<void(const Expr*)> visit = [&](const Expr* e) {
    const Binding& b = rp.BindingOf(e);
    switch (e->kind) {
      case ExprKind::Name:
        if (b.var && (b.var->kind == VarKind::Local || b.var->kind == VarKind::OutParam) &&
            seen.insert(b.var).second) {
          names.push_back(b.var->name);
        }
        if (b.member && b.member->kind == DeclKind::Field) heap = true;
        break;
      case ExprKind::Select:
        if (b.member && b.member->kind == DeclKind::Field) heap = true;
        break;
      case ExprKind::Index:
      case ExprKind::Slice: {
        const Expr* seq = e->kind == ExprKind::Index ? static_cast<const IndexExpr*>(e)->seq
                                                     : static_cast<const SliceExpr*>(e)->seq;
        const Type* t = rp.TypeOf(seq);
        if (t && shape(t)->kind == TypeKind::Array) heap = true;
        break;
      }
      case ExprKind::Call: {
        const Binding& c = rp.CalleeOf(static_cast<const CallExpr*>(e));
        if (c.function && !c.function->reads.empty()) heap = true;
        break;
      }
      default:
        break;
    }
    ForEachSubExpr(e, visit);
  };
  for (const Expr* e : exprs) {
    if (e) visit(e);
  }
  if (heap) names.push_back("$Heap");
  std::string text = "this loop has no body";
  if (names.empty()) return text;
  text += " (loop frame: ";
  for (size_t i = 0; i < names.size(); ++i) text += (i ? ", " : "") + names[i];
  return text + ")";
}

// A loop that need not terminate (`decreases *`, `for i := lo to *`) only in a method declared
// `decreases *`, as Dafny's resolver requires.
void Resolver::CheckPossiblyInfiniteCall(const CallExpr* call, const MethodDecl* callee,
                                         const CodeContext& cc) {
  if (!callee->decreases_star || !cc.method || cc.method->decreases_star) return;
  Error(call->tok,
        "a call to a possibly non-terminating method is allowed only if the calling method is "
        "also declared (with 'decreases *') to be possibly non-terminating");
}

void Resolver::CheckPossiblyInfinite(SourceRange at, const CodeContext& cc, bool for_loop) {
  if (!cc.method || cc.method->decreases_star) return;
  Error(at, std::string("a possibly infinite loop is allowed only if the enclosing method is "
                        "declared (with 'decreases *') to be possibly non-terminating") +
                (for_loop ? " (or you can add a 'decreases' clause to this 'for' loop if you "
                            "want to prove that it does indeed terminate)"
                          : ""));
}

void Resolver::ResolveBlock(const BlockStmt* b, const CodeContext& cc) {
  scopes_.emplace_back();
  size_t dominating = assert_labels_.size();
  ResolveStmts(b->stmts, cc);
  assert_labels_.resize(dominating);
  scopes_.pop_back();
}

void Resolver::ResolveStmts(const std::vector<Stmt*>& ss, const CodeContext& cc) {
  for (const Stmt* s : ss) ResolveStmt(s, cc);
}

void Resolver::CheckAssignable(const Expr* lhs, const CodeContext& cc) {
  (void)cc;
  const Expr* x = lhs;
  while (x->kind == ExprKind::Paren) x = static_cast<const ParenExpr*>(x)->inner;
  switch (x->kind) {
    case ExprKind::Name:
    case ExprKind::Select: {
      const Binding& b = rp_->BindingOf(x);
      if (b.var) {
        if (b.var->kind == VarKind::InParam ||
            (b.var->kind == VarKind::Bound && !mutable_bound_.count(b.var)) ||
            loop_indices_.count(b.var)) {
          Error(lhs->tok, "LHS of assignment must denote a mutable variable");
        }
        return;
      }
      if (b.member &&
          (b.member->kind == DeclKind::Field || (b.member->kind == DeclKind::Const && cc.method &&
                                                 cc.method->flavor == MethodFlavor::Constructor))) {
        return;
      }
      bool in_constructor = cc.method && cc.method->flavor == MethodFlavor::Constructor;
      if (b.member && b.member->kind == DeclKind::Const && !in_constructor) {
        Error(lhs->tok, "LHS of assignment must denote a mutable field");
        return;
      }
      if (rp_->TypeOf(x) && rp_->TypeOf(x)->kind == TypeKind::Error) return;
      Error(lhs->tok, "LHS of assignment must denote a mutable field");
      return;
    }
    case ExprKind::Index: {
      auto* ix = static_cast<const IndexExpr*>(x);
      const Type* s = Shape(rp_->TypeOf(ix->seq));
      if (s->kind != TypeKind::Array && s->kind != TypeKind::Error) {
        Error(SourceRange{lhs->range.file, lhs->range.begin, lhs->range.begin},
              "LHS of array assignment must denote an array element (found " +
                  TypeName(Zonk(Shape(rp_->TypeOf(ix->seq)))) + ")");
      }
      return;
    }
    default:
      Error(lhs->tok, "LHS of assignment must denote a mutable variable or field");
  }
}

std::string Resolver::VarianceNote(const Type* from, const Type* to) {
  from = Zonk(from);
  to = Zonk(to);
  if (from->kind != to->kind || from->args.size() != to->args.size() || from->args.empty()) {
    return "";
  }
  switch (from->kind) {
    case TypeKind::Seq:
    case TypeKind::Set:
    case TypeKind::ISet:
    case TypeKind::Multiset:
    case TypeKind::Map:
    case TypeKind::IMap:
    case TypeKind::Arrow:
      break;
    default:
      return "";
  }
  for (size_t i = 0; i < from->args.size(); ++i) {
    const Type* a = from->args[i];
    const Type* b = to->args[i];
    if (a == b || DeepBase(a) == DeepBase(b)) continue;
    bool contra = from->kind == TypeKind::Arrow && i + 1 < from->args.size();
    std::string index = from->args.size() > 1 ? fmt::format(" {}", i) : "";
    return contra ? fmt::format(" (contravariant type parameter{} would require {} <: {})", index,
                                TypeName(b), TypeName(a))
                  : fmt::format(" (covariant type parameter{} would require {} <: {})", index,
                                TypeName(a), TypeName(b));
  }
  return "";
}

// Whether e's type is one written in the program (a variable, field or const declared with its
// type), not one inference made: the resolver binds inferred types to base types (nat as int),
// which the nonvariance check must not take for the program's.
bool Resolver::DeclaredTypeOf(const Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  if (!e || (e->kind != ExprKind::Name && e->kind != ExprKind::Select)) return false;
  const Binding& b = rp_->BindingOf(e);
  if (b.var) return b.var->type != nullptr;
  return b.member && (b.member->kind == DeclKind::Field || b.member->kind == DeclKind::Const) &&
         (b.member->kind == DeclKind::Field ||
          static_cast<const ConstDecl*>(b.member)->type != nullptr);
}

std::string Resolver::NonvarianceNote(const Type* to, const Type* from) {
  // (Strings are sequences of characters; type arguments are compared as zonked.)
  std::function<const Type*(const Type*)> canon = [&](const Type* t) -> const Type* {
    t = Walk(t);
    if (!t) return t;
    if (t->kind == TypeKind::String) return t_.Seq(t_.Char());
    if (t->args.empty()) return t;
    Type copy = *t;
    for (const Type*& a : copy.args) a = canon(a);
    return t_.Get(copy);
  };
  std::function<std::string(const Type*, const Type*)> check = [&](const Type* a,
                                                                   const Type* b) -> std::string {
    a = canon(a);
    b = canon(b);
    if (!a || !b || a == b) return "";
    auto unknown = [](const Type* t) {
      return t->kind == TypeKind::Proxy || t->kind == TypeKind::Error ||
             t->kind == TypeKind::TypeParam;
    };
    if (unknown(a) || unknown(b)) return "";
    bool classes = a->kind == TypeKind::UserDefined && b->kind == TypeKind::UserDefined &&
                   (a->decl->kind == DeclKind::Class || a->decl->kind == DeclKind::Trait);
    if (classes && a->decl != b->decl) {
      // A class given for a trait above it: compared as that trait.
      const Type* up = UpcastTo(b, a->decl);
      if (!up) return "";
      b = canon(up);
      if (a->args.size() != b->args.size()) return "";
    }
    bool nonvariant = classes || (a->kind == TypeKind::Array && b->kind == TypeKind::Array);
    if (a->kind != b->kind || a->args.size() != b->args.size()) return "";
    if (a->kind == TypeKind::UserDefined && a->decl != b->decl) return "";
    for (size_t i = 0; i < a->args.size(); ++i) {
      const Type* x = canon(a->args[i]);
      const Type* y = canon(b->args[i]);
      if (nonvariant) {
        if (x != y && !unknown(x) && !unknown(y) && !HasProxy(x) && !HasProxy(y)) {
          return fmt::format(" (nonvariance for type parameter expects {} = {})", TypeName(Zonk(x)),
                             TypeName(Zonk(y)));
        }
        continue;
      }
      // (Other type constructors: each argument is checked in the same way, a function's
      // parameters the other way round.)
      bool contra = a->kind == TypeKind::Arrow && i + 1 < a->args.size();
      if (std::string note = contra ? check(y, x) : check(x, y); !note.empty()) return note;
    }
    return "";
  };
  return check(to, from);
}

void Resolver::AssignMismatch(SourceRange at, const Expr* rhs, const Type* rhs_type,
                              const Type* lhs_type, const TypeExpr* lhs_te, const Expr* lhs) {
  std::string lhs_name = lhs_te ? Spell(lhs_te, lhs_type)
                         : lhs  ? SpellExprType(lhs, lhs_type)
                                : TypeName(Zonk(lhs_type));
  if (rhs && rhs->kind == ExprKind::NullLiteral) {
    TypeError(rhs->tok,
              fmt::format("type of 'null' is a reference type, but it is used as {}", lhs_name));
  } else if (rhs && rhs->kind == ExprKind::New) {
    TypeError(at, fmt::format("type {} is not assignable to LHS (of type {})",
                              TypeName(Zonk(rhs_type)), lhs_name));
  } else {
    std::string msg =
        fmt::format("RHS (of type {}) not assignable to LHS (of type {}){}",
                    SpellExprType(rhs, rhs_type), lhs_name, VarianceNote(rhs_type, lhs_type));
    // Dafny finds a mismatch with a type still being inferred (a literal's, an untyped
    // local's) only when it solves the callable's constraints, after the others.
    if (InferredInDafny(rhs, rhs_type) || (lhs && InferredInDafny(lhs, lhs_type))) {
      deferred_type_errors_.emplace_back(at, std::move(msg));
    } else {
      TypeError(at, std::move(msg));
    }
  }
}

bool Resolver::InferredInDafny(const Expr* e, const Type* t) {
  if (Walk(t)->kind == TypeKind::Proxy) return true;
  while (e && e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  if (!e || (e->kind != ExprKind::Name && e->kind != ExprKind::Select)) return false;
  const Var* v = rp_->BindingOf(e).var;
  return v && !v->type && (v->kind == VarKind::Local || v->kind == VarKind::Bound);
}

void Resolver::FlushDeferredTypeErrors() {
  for (auto& [at, msg] : deferred_type_errors_) TypeError(at, std::move(msg));
  deferred_type_errors_.clear();
}

void Resolver::EndConstraintUnit() {
  ctx_.diags.MoveKindLast(unit_diag_begin_, DiagKind::TypeError);
  FlushDeferredTypeErrors();
  unit_diag_begin_ = SIZE_MAX;
}

// The right-hand sides of an assignment or declaration: either one method call producing
// `lhs_count` values, or one expression (or `new`, or `*`) per left-hand side. Returns the
// RHS types (null for `*`).
std::vector<const Type*> Resolver::ResolveRhs(const std::vector<Expr*>& rhs, size_t lhs_count,
                                              SourceRange where, const CodeContext& cc,
                                              const std::vector<const Type*>& expected) {
  std::vector<const Type*> types;
  if (rhs.empty()) return types;
  if (rhs.size() == 1 && rhs[0]->kind == ExprKind::Call) {
    auto* call = static_cast<const CallExpr*>(rhs[0]);
    method_call_ok_ = call;
    const Type* t = ResolveExpr(call, cc, expected.empty() ? nullptr : expected[0]);
    if (const MethodDecl* m = rp_->CalleeOf(call).method) {
      CheckPossiblyInfiniteCall(call, m, cc);
      if (!cc.is_method && m->flavor != MethodFlavor::Lemma) {
        Error(call->tok, fmt::format("expression is not allowed to invoke a method ({})", m->name));
      }
      if (m->outs.size() != lhs_count) {
        Error(call->tok, fmt::format("the method returns {} value{} but is assigned to {} "
                                     "variable{} (all return values must be assigned)",
                                     m->outs.size(), m->outs.size() > 1 ? "s" : "", lhs_count,
                                     lhs_count > 1 ? "s" : ""));
      }
      return method_outs_[call];
    }
    types.push_back(t);
    if (lhs_count != 1) {
      Error(where, fmt::format("the number of left-hand sides ({}) and right-hand sides ({}) "
                               "must match for a multi-assignment",
                               lhs_count, rhs.size()));
    }
    return types;
  }
  if (rhs.size() != lhs_count) {
    Error(where, fmt::format("the number of left-hand sides ({}) and right-hand sides ({}) must "
                             "match for a multi-assignment",
                             lhs_count, rhs.size()));
  }
  for (size_t i = 0; i < rhs.size(); ++i) {
    const Expr* e = rhs[i];
    if (e->kind == ExprKind::Wildcard) {
      SetExprType(e, t_.Error());
      types.push_back(nullptr);
      continue;
    }
    if (e->kind == ExprKind::Call) {
      auto* call = static_cast<const CallExpr*>(e);
      const Type* t = ResolveExpr(e, cc, i < expected.size() ? expected[i] : nullptr);
      if (rp_->CalleeOf(call).method) {
        Error(call->tok, "a method call is allowed only as the only right-hand side");
      }
      types.push_back(t);
      continue;
    }
    types.push_back(ResolveExpr(e, cc, i < expected.size() ? expected[i] : nullptr));
  }
  return types;
}

void Resolver::ResolveVarDecl(const VarDeclStmt* vd, const CodeContext& cc) {
  std::vector<const Type*> declared;
  for (const Var* v : vd->vars) {
    declared.push_back(v->type ? ResolveType(v->type, cc.module) : nullptr);
  }
  CodeContext rcc = cc;
  bool all_ghost = !vd->vars.empty();
  for (const Var* v : vd->vars) all_ghost = all_ghost && v->ghost;
  if (all_ghost) rcc.ghost = true;
  // Dafny checks the locals given a value with the assignment's left side, before its right
  // side; the others after the declaration.
  for (const Var* v : vd->vars) {
    if (!vd->rhs.empty()) var_checks_.push_back({typed_exprs_.size(), v, "variable"});
  }
  rhs_op_ = vd->op;
  std::vector<const Type*> rhs_types = ResolveRhs(vd->rhs, vd->vars.size(), vd->op, rcc, declared);
  for (const Var* v : vd->vars) {
    if (vd->rhs.empty()) var_checks_.push_back({typed_exprs_.size(), v, "local variable"});
  }
  rhs_op_ = {};
  for (size_t i = 0; i < vd->vars.size(); ++i) {
    const Var* v = vd->vars[i];
    const Type* d = declared[i];
    const Type* rhs = i < rhs_types.size() ? rhs_types[i] : nullptr;
    if (!d && !rhs) {
      // `var a, b;` and `var b := *;`: the type comes from later uses, as Dafny infers it.
      bool havoc = i < vd->rhs.size() && vd->rhs[i]->kind == ExprKind::Wildcard;
      DeclareVar(v, vd->rhs.empty() || havoc ? NewProxy() : t_.Error());
      if (havoc) havoc_locals_.insert(v);
      continue;
    }
    if (d && rhs && !Unify(d, rhs)) {
      AssignMismatch(vd->op, i < vd->rhs.size() ? vd->rhs[i] : nullptr, rhs, d, v->type);
    } else if (d && rhs && i < vd->rhs.size() && DeclaredTypeOf(vd->rhs[i])) {
      if (std::string note = NonvarianceNote(d, rhs); !note.empty()) {
        TypeError(vd->op, fmt::format("RHS (of type {}) not assignable to LHS (of type {}){}",
                                      TypeName(Zonk(rhs)), TypeName(Zonk(d)), note));
      }
    }
    if (!d) d = Walk(rhs)->kind == TypeKind::Nat ? t_.Int() : rhs;
    if (!d) d = t_.Error();
    // An inferred arrow type, behind a proxy of its own that a wider arrow assigned later may
    // rebind (ResolveAssign).
    if (!v->type && Walk(d)->kind == TypeKind::Arrow) {
      const Type* p = NewProxy();
      proxy_binding_[p->width] = Walk(d);
      d = p;
    }
    DeclareVar(v, d);
  }
}

void Resolver::ResolveAssign(const AssignStmt* as, const CodeContext& cc) {
  std::vector<const Type*> lhs_types;
  for (const Expr* l : as->lhs) {
    lhs_types.push_back(ResolveExpr(l, cc));
    CheckAssignable(l, cc);
  }
  rhs_op_ = as->op;
  std::vector<const Type*> rhs_types = ResolveRhs(as->rhs, as->lhs.size(), as->op, cc, lhs_types);
  rhs_op_ = {};
  const MethodDecl* callee = nullptr;
  if (as->rhs.size() == 1 && as->rhs[0]->kind == ExprKind::Call) {
    callee = rp_->CalleeOf(static_cast<const CallExpr*>(as->rhs[0])).method;
  }
  // Dafny infers a local's type from everything assigned to it: a function value of a wider
  // arrow (--> or ~>) assigned to a local whose type was inferred as a narrower one (-> or -->)
  // widens it (`var f := x => x; f := x reads o => o.v;` makes f an int ~> int).
  auto widen_arrow = [&](const Expr* lhs, const Type* lt, const Type* rt) {
    const Var* v = lhs->kind == ExprKind::Name ? rp_->BindingOf(lhs).var : nullptr;
    if (!v || v->type || !lt || lt->kind != TypeKind::Proxy) return;
    const Type* bound = Walk(lt);
    const Type* wider = Walk(rt);
    auto rank = [](const Type* t) { return t->name == "->" ? 0 : t->name == "-->" ? 1 : 2; };
    if (bound->kind != TypeKind::Arrow || wider->kind != TypeKind::Arrow ||
        bound->args.size() != wider->args.size() || rank(wider) <= rank(bound)) {
      return;
    }
    proxy_binding_[lt->width] = t_.Get(TypeKind::Arrow, bound->args, 0, wider->name);
  };
  for (size_t i = 0; i < lhs_types.size() && i < rhs_types.size(); ++i) {
    if (!rhs_types[i]) continue;
    if (Unify(lhs_types[i], rhs_types[i])) {
      widen_arrow(as->lhs[i], lhs_types[i], rhs_types[i]);
      bool declared_rhs =
          callee ? callee->type_params.empty() : i < as->rhs.size() && DeclaredTypeOf(as->rhs[i]);
      std::string note = DeclaredTypeOf(as->lhs[i]) && declared_rhs
                             ? NonvarianceNote(lhs_types[i], rhs_types[i])
                             : "";
      if (!note.empty()) {
        TypeError(as->op,
                  fmt::format("RHS (of type {}) not assignable to LHS (of type {}){}",
                              TypeName(Zonk(rhs_types[i])), TypeName(Zonk(lhs_types[i])), note));
      }
      continue;
    }
    if (callee && i < callee->outs.size()) {
      TypeError(as->rhs[0]->tok,
                fmt::format("incorrect return type{} for method out-parameter '{}' (expected {}, "
                            "got {})",
                            callee->outs.size() > 1 ? fmt::format(" at index {}", i) : "",
                            callee->outs[i]->name, TypeName(Zonk(rhs_types[i])),
                            TypeName(Zonk(lhs_types[i]))));
      continue;
    }
    AssignMismatch(as->op, i < as->rhs.size() ? as->rhs[i] : nullptr, rhs_types[i], lhs_types[i],
                   nullptr, as->lhs[i]);
  }
}

void Resolver::ResolveLoopSpecs(const LoopSpecs& specs, const CodeContext& cc) {
  CodeContext spec = cc;
  spec.is_method = false;
  spec.ghost = true;
  for (const Spec& inv : specs.invariants) {
    ResolveAttributes(inv.attributes, spec);
    ExpectBool(inv.expr, spec, "invariant");
  }
  for (const Expr* d : specs.decreases) ResolveExpr(d, spec);
  for (const Expr* m : specs.modifies) ResolveFrame(m, spec);
}

void Resolver::ResolveCalc(const CalcStmt* s, const CodeContext& cc) {
  CodeContext spec = cc;
  spec.ghost = true;
  const Type* line_type = nullptr;
  if (s->has_op && s->op.depth) ResolveExpr(s->op.depth, spec);
  for (const CalcStep& step : s->steps) {
    for (const Stmt* h : step.hints) {
      CodeContext hint = spec;
      hint.is_method = true;
      ResolveStmt(h, hint);
    }
    if (step.op.depth) ResolveExpr(step.op.depth, spec);
    if (!step.line) continue;
    const Type* t = ResolveExpr(step.line, spec, line_type);
    if (!line_type) {
      line_type = t;
    } else if (!Unify(line_type, t)) {
      TypeError(step.line->tok, fmt::format("all lines in a calculation must have the same type "
                                            "(got {} after {})",
                                            TypeName(Zonk(t)), TypeName(Zonk(line_type))));
    }
  }
}

void Resolver::ResolveStmt(const Stmt* s, const CodeContext& cc) {
  ResolveAttributes(s->attributes, cc);
  switch (s->kind) {
    case StmtKind::Block:
      ResolveBlock(static_cast<const BlockStmt*>(s), cc);
      return;
    case StmtKind::VarDecl:
      ResolveVarDecl(static_cast<const VarDeclStmt*>(s), cc);
      return;
    case StmtKind::VarDeclUpdate: {
      auto* vd = static_cast<const VarDeclStmt*>(s);
      if (vd->pattern) {
        const Type* t = vd->rhs.empty() ? t_.Error() : ResolveExpr(vd->rhs[0], cc);
        // Dafny words a duplicate in a `var (a, b) := e` pattern "local_variable".
        pattern_locals_ = true;
        ResolvePattern(vd->pattern, t, cc, true);
        pattern_locals_ = false;
        return;
      }
      for (const Var* v : vd->vars) {
        DeclareVar(v, v->type ? ResolveType(v->type, cc.module) : NewProxy());
      }
      if (vd->update) ResolveStmt(vd->update, cc);
      return;
    }
    case StmtKind::Assign:
      ResolveAssign(static_cast<const AssignStmt*>(s), cc);
      return;
    case StmtKind::Call: {
      auto* cs = static_cast<const CallStmt*>(s);
      method_call_ok_ = cs->call;
      ResolveExpr(cs->call, cc);
      const Binding& b = rp_->CalleeOf(cs->call);
      if (b.method) {
        CheckPossiblyInfiniteCall(cs->call, b.method, cc);
        if (!b.method->outs.empty()) {
          Error(cs->call->tok,
                fmt::format("the method returns {} value{} but is assigned to 0 "
                            "variables (all return values must be assigned)",
                            b.method->outs.size(), b.method->outs.size() == 1 ? "" : "s"));
        }
        if (!cc.is_method && b.method->flavor != MethodFlavor::Lemma && !IsGhostDecl(b.method)) {
          Error(cs->call->tok,
                fmt::format("expression is not allowed to invoke a method ({})", b.method->name));
        } else if (cc.method && IsGhostDecl(cc.method) && !IsGhostDecl(b.method)) {
          bool lemma = cc.method->flavor == MethodFlavor::Lemma ||
                       cc.method->flavor == MethodFlavor::TwoStateLemma;
          Error(cs->call->tok, lemma ? "in a lemma, calls are allowed only to lemmas"
                                     : "only ghost methods can be called from this context");
        }
      } else if (rp_->TypeOf(cs->call)->kind != TypeKind::Error) {
        Error(cs->call->tok,
              "expression statements are not allowed; only method and lemma "
              "calls can be used as statements");
      } else {
        // A callee that did not resolve to anything (an unknown name or member).
        const Binding& cb = rp_->BindingOf(cs->call->callee);
        if (!cb.var && !cb.member && !cb.datatype && !cb.is_qualifier) {
          Error(cs->call->tok, "expected method call, found expression");
        }
      }
      return;
    }
    case StmtKind::If:
    case StmtKind::BindingIf: {
      auto* is = static_cast<const IfStmt*>(s);
      scopes_.emplace_back();
      for (const Var* v : is->bound_vars) {
        DeclareVar(v, v->type ? ResolveType(v->type, cc.module) : NewProxy());
      }
      if (is->cond) ExpectBool(is->cond, cc, s->kind == StmtKind::If ? "condition" : nullptr);
      ResolveBlock(is->then_branch, cc);
      scopes_.pop_back();
      if (is->else_branch) ResolveStmt(is->else_branch, cc);
      return;
    }
    case StmtKind::While: {
      auto* ws = static_cast<const WhileStmt*>(s);
      if (ws->cond) ExpectBool(ws->cond, cc, "condition");
      LoopSpecs specs;
      specs.invariants = ws->invariants;
      specs.decreases = ws->decreases;
      specs.modifies = ws->modifies;
      ResolveLoopSpecs(specs, cc);
      if (ws->decreases_star) CheckPossiblyInfinite(ws->decreases_star_at, cc, false);
      if (!ws->body) {
        std::vector<const Expr*> exprs{ws->cond};
        for (const Spec& i : ws->invariants) exprs.push_back(i.expr);
        exprs.insert(exprs.end(), ws->decreases.begin(), ws->decreases.end());
        ctx_.diags.Report(DiagKind::ResolutionWarning,
                          SourceRange{s->range.file, s->range.begin, s->range.begin + 5},
                          NoBodyText(
                              *rp_, [&](const Type* t) { return Shape(t); }, nullptr, exprs,
                              !ws->modifies.empty()));
      }
      ++loop_depth_;
      if (ws->body) ResolveBlock(ws->body, cc);
      --loop_depth_;
      return;
    }
    case StmtKind::For: {
      auto* fs = static_cast<const ForStmt*>(s);
      const Type* t = fs->var->type ? ResolveType(fs->var->type, cc.module) : NewProxy();
      for (const Expr* bound : {fs->lo, fs->hi}) {
        if (!bound || bound->kind == ExprKind::Wildcard) continue;
        const Type* bt = ResolveExpr(bound, cc, t);
        if (!Unify(t, bt)) {
          TypeError(bound->tok, fmt::format("{} bound (of type {}) not assignable to index "
                                            "variable (of type {})",
                                            bound == fs->lo ? "lower" : "upper", TypeName(Zonk(bt)),
                                            TypeName(Zonk(t))));
        }
      }
      if (fs->hi && fs->hi->kind != ExprKind::Wildcard) {
      } else if (fs->hi) {
        SetExprType(fs->hi, t_.Error());
      }
      if (!IsIntLike(t) && Walk(t)->kind == TypeKind::Proxy) Unify(t, t_.Int());
      scopes_.emplace_back();
      DeclareVar(fs->var, t);
      loop_indices_.insert(fs->var);
      ResolveLoopSpecs(fs->specs, cc);
      if (fs->specs.decreases_star) {
        CheckPossiblyInfinite(fs->specs.decreases_star_at, cc, false);
      } else if (fs->hi && fs->hi->kind == ExprKind::Wildcard && fs->specs.decreases.empty()) {
        CheckPossiblyInfinite(SourceRange{s->range.file, s->range.begin, fs->hi->range.end}, cc,
                              true);
      }
      if (!fs->body) {
        std::vector<const Expr*> exprs{fs->lo};
        if (fs->hi && fs->hi->kind != ExprKind::Wildcard) exprs.push_back(fs->hi);
        for (const Spec& i : fs->specs.invariants) exprs.push_back(i.expr);
        exprs.insert(exprs.end(), fs->specs.decreases.begin(), fs->specs.decreases.end());
        ctx_.diags.Report(DiagKind::ResolutionWarning,
                          SourceRange{s->range.file, s->range.begin, s->range.begin + 3},
                          NoBodyText(
                              *rp_, [&](const Type* t) { return Shape(t); }, fs->var, exprs,
                              !fs->specs.modifies.empty()));
      }
      ++loop_depth_;
      if (fs->body) ResolveBlock(fs->body, cc);
      --loop_depth_;
      scopes_.pop_back();
      return;
    }
    case StmtKind::AlternativeIf:
    case StmtKind::AlternativeWhile: {
      const std::vector<GuardedAlternative>* cases;
      if (s->kind == StmtKind::AlternativeIf) {
        cases = &static_cast<const AlternativeIfStmt*>(s)->cases;
      } else {
        auto* aw = static_cast<const AlternativeWhileStmt*>(s);
        ResolveLoopSpecs(aw->specs, cc);
        cases = &aw->cases;
      }
      for (const GuardedAlternative& alt : *cases) {
        scopes_.emplace_back();
        for (const Var* v : alt.bound_vars) {
          DeclareVar(v, v->type ? ResolveType(v->type, cc.module) : NewProxy());
        }
        ExpectBool(alt.guard, cc, "condition");
        scopes_.emplace_back();
        bool loop = s->kind == StmtKind::AlternativeWhile;
        loop_depth_ += loop;
        ResolveStmts(alt.body, cc);
        loop_depth_ -= loop;
        scopes_.pop_back();
        scopes_.pop_back();
      }
      return;
    }
    case StmtKind::Match: {
      auto* ms = static_cast<const MatchStmt*>(s);
      const Type* st = ResolveExpr(ms->scrutinee, cc);
      for (const MatchCaseStmt& c : ms->cases) {
        scopes_.emplace_back();
        ResolvePattern(c.pattern, st, cc, false);
        // The variables a case of a match statement binds are locals its body may assign.
        for (auto& [name, v] : scopes_.back()) mutable_bound_.insert(v);
        scopes_.emplace_back();
        ResolveStmts(c.body, cc);
        scopes_.pop_back();
        scopes_.pop_back();
      }
      return;
    }
    case StmtKind::Forall: {
      auto* fs = static_cast<const ForallStmt*>(s);
      DeclareBoundVars(fs->domain, cc,
                       "range restriction in forall statement must be of type bool (instead got "
                       "{})");
      CodeContext spec = cc;
      spec.ghost = true;
      for (const Spec& e : fs->ensures) ExpectBool(e.expr, spec, "ensures condition");
      if (fs->body) ResolveBlock(fs->body, cc);
      scopes_.pop_back();
      for (const BoundVar& bv : fs->domain.vars) {
        var_checks_.push_back({typed_exprs_.size(), bv.var, "bound variable"});
      }
      {
        std::vector<const Expr*> ensures;
        for (const Spec& e : fs->ensures) ensures.push_back(e.expr);
        InferBoundVarSubsetTypes(fs->domain, ensures, fs->body);
      }
      // Dafny infers the conclusion of a body that is one call or one calc; of any other
      // body without ensures clauses, nothing is known afterwards.
      // (`a[i], b[i] := 0, 1;` is two assignments; `x, y := M(i);` is one call.)
      auto single_assign = [](const Stmt* x) {
        if (x->kind != StmtKind::Assign) return false;
        auto* a = static_cast<const AssignStmt*>(x);
        return a->lhs.size() == 1 || a->rhs.size() == 1;
      };
      if (fs->ensures.empty() && fs->body && !fs->body->stmts.empty() &&
          !(fs->body->stmts.size() == 1 &&
            (fs->body->stmts[0]->kind == StmtKind::Call ||
             fs->body->stmts[0]->kind == StmtKind::Calc || single_assign(fs->body->stmts[0])))) {
        ctx_.diags.Report(DiagKind::ResolutionWarning,
                          SourceRange{s->range.file, s->range.begin, s->range.begin + 6},
                          "the conclusion of the body of this forall statement will not be known "
                          "outside the forall statement; consider using an 'ensures' clause");
        if (!fs->domain.vars.empty())
          WarnIfNoTrigger(fs->domain, nullptr,
                          SourceRange{s->range.file, s->range.begin, s->range.begin + 6});
      } else if (fs->ensures.empty() && fs->body && fs->body->stmts.size() == 1 &&
                 fs->body->stmts[0]->kind == StmtKind::Assign && !fs->domain.vars.empty()) {
        // A forall assignment `L(x) := G(x)`: its quantifier's terms are L's and G's.
        auto* a = static_cast<const AssignStmt*>(fs->body->stmts[0]);
        if (a->lhs.size() == 1 && a->rhs.size() == 1) {
          WarnIfNoTrigger(fs->domain, a->lhs[0],
                          SourceRange{s->range.file, s->range.begin, s->range.begin + 6},
                          a->rhs[0]);
        }
      } else if (fs->ensures.size() == 1 && !fs->domain.vars.empty()) {
        // Its quantifier: forall x | range :: ensures.
        WarnIfNoTrigger(fs->domain, fs->ensures[0].expr,
                        SourceRange{s->range.file, s->range.begin, s->range.begin + 6});
      } else if (fs->ensures.empty() && (!fs->body || fs->body->stmts.empty()) &&
                 !fs->domain.vars.empty()) {
        // An empty forall statement: its quantifier has only the range to trigger on.
        WarnIfNoTrigger(fs->domain, nullptr,
                        SourceRange{s->range.file, s->range.begin, s->range.begin + 6});
      }
      return;
    }
    case StmtKind::Modify: {
      auto* ms = static_cast<const ModifyStmt*>(s);
      for (const Expr* f : ms->frames) ResolveFrame(f, cc);
      if (ms->body) ResolveBlock(ms->body, cc);
      return;
    }
    case StmtKind::Calc:
      ResolveCalc(static_cast<const CalcStmt*>(s), cc);
      return;
    case StmtKind::Reveal: {
      // reveal f; reveal f(); reveal L; (labels of assertions and preconditions)
      for (const Expr* t : static_cast<const RevealStmt*>(s)->targets) {
        const Expr* x = t->kind == ExprKind::Call ? static_cast<const CallExpr*>(t)->callee : t;
        if (x->kind == ExprKind::Name && labels_.count(static_cast<const NameExpr*>(x)->name)) {
          SetExprType(t, t_.Error());
          continue;
        }
        // A label of digits (assert 3: ...): only one that dominates the reveal; Dafny takes
        // any other for an expression that is not a name.
        if (x->kind == ExprKind::IntLiteral) {
          const std::string& n = static_cast<const LiteralExpr*>(x)->text;
          bool dominating =
              std::find(assert_labels_.begin(), assert_labels_.end(), n) != assert_labels_.end();
          if (cc.method) {
            for (const Spec& r : cc.method->requires_) dominating = dominating || r.label == n;
          }
          if (!dominating) Error(s->range, "can't use parenthesis when hiding or revealing");
          SetExprType(t, t_.Error());
          continue;
        }
        if (x->kind == ExprKind::Name && (LookupVar(static_cast<const NameExpr*>(x)->name))) {
          SetExprType(t, t_.Error());
          continue;
        }
        // A label of a precondition or assertion not seen yet, or a function name.
        if (x->kind == ExprKind::Name) {
          const std::string& n = static_cast<const NameExpr*>(x)->name;
          bool is_label = false;
          if (cc.method) {
            for (const Spec& r : cc.method->requires_) is_label = is_label || r.label == n;
          }
          if (is_label) {
            SetExprType(t, t_.Error());
            continue;
          }
        }
        size_t before = ctx_.diags.all().size();
        resolving_callee_ = true;
        ResolveExpr(x, cc);
        resolving_callee_ = false;
        undetermined_ok_.insert(x);  // a generic function revealed needs no type arguments
        if (x != t) SetExprType(t, t_.Error());
        (void)before;
      }
      return;
    }
    case StmtKind::AssignSuchThat: {
      auto* st = static_cast<const AssignSuchThatStmt*>(s);
      std::set<const Var*> simple;
      for (const Expr* l : st->lhs) {
        ResolveExpr(l, cc);
        CheckAssignable(l, cc);
        const Var* v = l->kind == ExprKind::Name ? rp_->BindingOf(l).var : nullptr;
        if (v && !simple.insert(v).second) {
          Error(l->tok, fmt::format("variable '{}' occurs more than once as left-hand side of :|",
                                    v->name));
        }
        // (Dafny proves the existence of values for local variables only.)
        if (!st->assume && !v) {
          Error(l->tok,
                "an assign-such-that statement (without an 'assume' clause) currently only "
                "supports local-variable LHSs");
        }
      }
      CodeContext spec = cc;
      spec.ghost = true;
      spec.is_method = false;
      ExpectBoolMsg(st->expr, spec,
                    "type of RHS of assign-such-that statement must be boolean (got {})");
      ResolveAttributes(st->assume_attributes, spec);
      if (st->assume && !std::any_of(st->assume_attributes.begin(), st->assume_attributes.end(),
                                     [](const Attribute& a) { return a.name == "axiom"; })) {
        ctx_.diags.Report(
            DiagKind::ResolutionWarning, st->assume_at,
            "assume keyword in assign-such-that statement has no {:axiom} annotation");
      }
      return;
    }
    case StmtKind::AssignOrReturn:
      ResolveAssignOrReturn(static_cast<const AssignOrReturnStmt*>(s), cc);
      return;
    case StmtKind::Label: {
      auto* ls = static_cast<const LabelStmt*>(s);
      labels_.insert(ls->label);
      if (std::find(enclosing_labels_.begin(), enclosing_labels_.end(), ls->label) !=
          enclosing_labels_.end()) {
        Error(ls->label_range, "label shadows an enclosing label");
      }
      enclosing_labels_.push_back(ls->label);
      bool loop =
          ls->body && (ls->body->kind == StmtKind::While || ls->body->kind == StmtKind::For ||
                       ls->body->kind == StmtKind::AlternativeWhile);
      if (!loop) non_loop_labels_.insert(ls->label);
      if (ls->body) ResolveStmt(ls->body, cc);
      if (!loop) non_loop_labels_.erase(non_loop_labels_.find(ls->label));
      enclosing_labels_.pop_back();
      return;
    }
    case StmtKind::Break:
    case StmtKind::Continue: {
      auto* bs = static_cast<const BreakStmt*>(s);
      const char* word = s->kind == StmtKind::Break ? "break" : "continue";
      if (!bs->label.empty() && !labels_.count(bs->label)) {
        Error(bs->label_range,
              fmt::format("{} label is undefined or not in scope: {}", word, bs->label));
      } else if (s->kind == StmtKind::Continue && non_loop_labels_.count(bs->label)) {
        Error(bs->label_range, fmt::format("continue label must designate a loop: {}", bs->label));
      } else if (bs->label.empty() && loop_depth_ < bs->count) {
        Error(SourceRange{s->range.file, s->range.begin, s->range.begin},
              loop_depth_ == 0
                  ? fmt::format("a non-labeled '{}' statement is allowed only in loops", word)
                  : fmt::format("{} not allowed in this context", word));
      }
      return;
    }
    case StmtKind::Return: {
      auto* rs = static_cast<const ReturnStmt*>(s);
      if (rs->values.empty()) return;
      if (!cc.method && cc.function && cc.is_method) {
        // In the `by method` body of a function: the value is the function's result.
        std::vector<const Type*> want{rp_->function_result_[cc.function]};
        if (rs->values.size() != 1) {
          Error(rs->range, fmt::format("number of return parameters does not match declaration "
                                       "(found {}, expected 1)",
                                       rs->values.size()));
          for (const Expr* v : rs->values) ResolveExpr(v, cc);
          return;
        }
        std::vector<const Type*> types = ResolveRhs(rs->values, 1, s->range, cc, want);
        if (!types.empty() && types[0] && !Unify(want[0], types[0])) {
          TypeError(SourceRange{s->range.file, s->range.begin, s->range.begin + 6},
                    fmt::format("Method return value mismatch (expected {}, got {})",
                                TypeName(Zonk(want[0])), TypeName(Zonk(types[0]))));
        }
        return;
      }
      if (!cc.method) {
        Error(s->range, "return statement is allowed only in method bodies");
        return;
      }
      const auto& outs = cc.method->outs;
      std::vector<const Type*> want;
      for (const Var* o : outs) want.push_back(rp_->TypeOf(o));
      bool single_call = rs->values.size() == 1 && rs->values[0]->kind == ExprKind::Call;
      if (rs->values.size() != outs.size() && !single_call) {
        Error(rs->range, fmt::format("number of return parameters does not match declaration "
                                     "(found {}, expected {})",
                                     rs->values.size(), outs.size()));
        for (const Expr* v : rs->values) ResolveExpr(v, cc);
        return;
      }
      std::vector<const Type*> types = ResolveRhs(rs->values, outs.size(), s->range, cc, want);
      for (size_t i = 0; i < types.size() && i < outs.size(); ++i) {
        if (types[i] && !Unify(want[i], types[i])) {
          TypeError(SourceRange{s->range.file, s->range.begin, s->range.begin + 6},
                    fmt::format("Method return value mismatch (expected {}, got {})",
                                TypeName(Zonk(want[i])), TypeName(Zonk(types[i]))));
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
      if (!ps->label.empty()) {
        labels_.insert(ps->label);
        assert_labels_.push_back(ps->label);
      }
      CodeContext spec = cc;
      if (s->kind != StmtKind::Expect) {
        spec.is_method = false;
        spec.ghost = true;
      }
      ExpectBool(ps->expr, spec, "condition");
      if (ps->message) ResolveExpr(ps->message, spec);
      if (ps->proof) {
        CodeContext proof = cc;
        proof.ghost = true;
        ResolveBlock(ps->proof, proof);
      }
      return;
    }
    case StmtKind::Print: {
      auto* ps = static_cast<const PrintStmt*>(s);
      for (const Expr* a : ps->args) ResolveExpr(a, cc);
      return;
    }
    case StmtKind::Yield: {
      // An iterator's body is that of its MoveNext (elaborate.cpp); `yield e` assigns the
      // yield-parameters, which are fields of the iterator.
      auto* ys = static_cast<const YieldStmt*>(s);
      const IteratorDecl* it = nullptr;
      if (cc.type && cc.type->decl->kind == DeclKind::Iterator && cc.method &&
          cc.method->name == "MoveNext") {
        it = static_cast<const IteratorDecl*>(cc.type->decl);
      }
      if (!it) {
        Error(SourceRange{s->range.file, s->range.begin, s->range.begin + 5},
              "yield statement is allowed only in iterators");
        for (const Expr* v : ys->values) ResolveExpr(v, cc);
        return;
      }
      if (ys->values.empty()) return;
      if (ys->values.size() != it->yields.size()) {
        Error(s->range, fmt::format("number of yield parameters does not match declaration "
                                    "(found {}, expected {})",
                                    ys->values.size(), it->yields.size()));
        for (const Expr* v : ys->values) ResolveExpr(v, cc);
        return;
      }
      for (size_t i = 0; i < ys->values.size(); ++i) {
        const Type* want = nullptr;
        if (auto f = cc.type->members.find(it->yields[i]->name); f != cc.type->members.end()) {
          want = rp_->member_type_[f->second];
        }
        const Type* got = ResolveExpr(ys->values[i], cc, want);
        if (want && got && !Unify(want, got)) {
          TypeError(SourceRange{s->range.file, s->range.begin, s->range.begin + 5},
                    fmt::format("RHS (of type {}) not assignable to LHS (of type {})",
                                TypeName(Zonk(got)), TypeName(Zonk(want))));
        }
      }
      return;
    }
    case StmtKind::Skeleton:
      // Elaboration fills in the skeletons of refining methods; one left is out of place.
      Error(s->range, "skeleton statements are allowed only in refining methods");
      return;
  }
}

void Resolver::CheckRefinementAssignments() {
  auto check_lhs = [&](const Expr* l) {
    const Binding& b = rp_->binding_[l->id];
    if (l->kind == ExprKind::Name && b.var) {
      bool formal = b.var->kind == VarKind::InParam || b.var->kind == VarKind::OutParam;
      if (formal || elaboration_->inherited.count(b.var)) {
        Error(l->tok, fmt::format("refinement method cannot assign to variable defined in parent "
                                  "module ('{}')",
                                  b.var->name));
      }
    } else if ((l->kind == ExprKind::Name || l->kind == ExprKind::Select) && b.member) {
      if (elaboration_->inherited.count(b.member)) {
        Error(l->tok, fmt::format("refinement method cannot assign to a field defined in parent "
                                  "module ('{}')",
                                  b.member->name));
      }
    } else if (l->kind == ExprKind::Index) {
      Error(l->tok,
            "new assignments in a refinement method can only assign to state that the module "
            "defines (which never includes array elements)");
    }
  };
  auto check_rhs = [&](const Expr* r) {
    if (r->kind != ExprKind::New) return;
    const MethodDecl* ctor = rp_->binding_[r->id].method;
    if (!ctor) return;
    for (const Expr* m : ctor->modifies) {
      if (m->kind != ExprKind::This) {
        Error(r->tok,
              "assignment RHS in refinement method is not allowed to affect previously defined "
              "state");
        return;
      }
    }
  };
  std::function<void(const Stmt*)> walk = [&](const Stmt* s) {
    switch (s->kind) {
      case StmtKind::Assign: {
        auto* a = static_cast<const AssignStmt*>(s);
        for (const Expr* l : a->lhs) check_lhs(l);
        for (const Expr* r : a->rhs) check_rhs(r);
        return;
      }
      case StmtKind::AssignSuchThat:
        for (const Expr* l : static_cast<const AssignSuchThatStmt*>(s)->lhs) check_lhs(l);
        return;
      case StmtKind::AssignOrReturn:
        for (const Expr* l : static_cast<const AssignOrReturnStmt*>(s)->lhs) check_lhs(l);
        return;
      case StmtKind::VarDecl:
        for (const Expr* r : static_cast<const VarDeclStmt*>(s)->rhs) check_rhs(r);
        return;
      default:
        ForEachChild(
            s, [](const Expr*) {}, walk);
        return;
    }
  };
  for (const Stmt* s : elaboration_->added) walk(s);
}

}  // namespace dfy::resolve
