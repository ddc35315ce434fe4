// Dafny's subset-type inference for untyped locals (nat) and bound variables (nat or a subset type
// of int), and its warning for quantifiers without a trigger.
#include "frontend/resolver.h"

namespace dfy::resolve {

namespace {
// The kind of a type from the side tables; constructs the resolver rejected have none.
TypeKind KindOf(const Type* t) { return t ? t->kind : TypeKind::Error; }
}  // namespace

// Dafny's (legacy) type inference gives an untyped local `var x := e` the subset type nat
// when e is nat-typed, or when e is a literal, x is passed where a nat is expected and every
// later assignment to x keeps it nat-valued (nat operands of + * / %, literals).
void Resolver::InferNatLocals(const BlockStmt* body) {
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

// Dafny warns when it finds no trigger for a quantifier. The candidates dfyc knows so far are
// function calls, indexing, membership tests and field selections whose arguments are bound
// variables or free of them.
void Resolver::WarnIfNoTrigger(const QuantifierExpr* q) {
  WarnIfNoTrigger(q->domain, q->body, q->tok);
}

// Dafny's warning on `exists x :: A ==> B` (without a range; `(A ==> B)` and `<==` silence it).
void Resolver::WarnIfExistsImplies(const QuantifierExpr* q) {
  if (q->is_forall || q->body->kind != ExprKind::Binary ||
      static_cast<const BinaryExpr*>(q->body)->op != BinaryOp::Implies) {
    return;
  }
  for (const BoundVar& bv : q->domain.vars) {
    if (bv.range || bv.collection) return;
  }
  ctx_.diags.Report(DiagKind::ResolutionWarning, q->tok,
                    "the quantifier has the form 'exists x :: A ==> B', which most often is a "
                    "typo for 'exists x :: A && B'; if you think otherwise, rewrite as 'exists x "
                    ":: (A ==> B)' or 'exists x :: !A || B' to suppress this warning");
}

void Resolver::WarnIfNoTrigger(const QuantifierDomain& domain, const Expr* body, SourceRange at,
                               const Expr* body2) {
  bool explicit_trigger = false;
  for (const Attribute& a : domain.attributes) {
    // {:nowarn} silences the warning; {:autotriggers false} asks for no triggers.
    bool no_auto = a.name == "autotriggers" && a.args.size() == 1 &&
                   a.args[0]->kind == ExprKind::BoolLiteral &&
                   !static_cast<const LiteralExpr*>(a.args[0])->bool_value;
    explicit_trigger = explicit_trigger || a.name == "trigger" || a.name == "nowarn" || no_auto;
  }
  if (explicit_trigger) return;
  std::unordered_set<const Var*> bound, covered;
  for (const BoundVar& bv : domain.vars) bound.insert(bv.var);
  std::function<bool(const Expr*)> mentions = [&](const Expr* e) {
    if (e->kind == ExprKind::Name) return bound.count(rp_->BindingOf(e).var) > 0;
    bool found = false;
    ForEachSubExpr(e, [&](const Expr* s) { found = found || mentions(s); });
    return found;
  };
  // Dafny's trigger killers: arithmetic, comparisons, logic and the like anywhere in a term's
  // arguments (even where no bound variable occurs) keep it from being a trigger. Terms made of
  // variables, literals, calls, selections, indexing, displays, tuples and membership tests are
  // clean. A candidate term with clean arguments covers every bound variable in them.
  std::function<bool(const Expr*)> clean = [&](const Expr* x) -> bool {
    if (!x) return true;
    auto all = [&](const auto& xs) {
      for (const Expr* y : xs) {
        if (!clean(y)) return false;
      }
      return true;
    };
    switch (x->kind) {
      case ExprKind::Paren:
        return clean(static_cast<const ParenExpr*>(x)->inner);
      case ExprKind::Name:
      case ExprKind::This:
      case ExprKind::IntLiteral:
      case ExprKind::RealLiteral:
      case ExprKind::BoolLiteral:
      case ExprKind::CharLiteral:
      case ExprKind::StringLiteral:
      case ExprKind::NullLiteral:
      case ExprKind::Wildcard:
        return true;
      case ExprKind::NamedArg:
        return clean(static_cast<const NamedArgExpr*>(x)->value);
      case ExprKind::Call: {
        auto* c = static_cast<const CallExpr*>(x);
        return clean(c->callee) && all(c->args);
      }
      case ExprKind::Select:
        return clean(static_cast<const SelectExpr*>(x)->object);
      case ExprKind::Index: {
        auto* ix = static_cast<const IndexExpr*>(x);
        return clean(ix->seq) && all(ix->indices);
      }
      case ExprKind::Slice: {
        auto* sl = static_cast<const SliceExpr*>(x);
        return clean(sl->seq) && clean(sl->lo) && clean(sl->hi);
      }
      case ExprKind::Cardinality:
        return clean(static_cast<const CardinalityExpr*>(x)->operand);
      case ExprKind::Old:
        return clean(static_cast<const OldExpr*>(x)->operand);
      case ExprKind::Tuple:
        return all(static_cast<const TupleExpr*>(x)->elements);
      case ExprKind::SeqDisplay:
      case ExprKind::SetDisplay:
      case ExprKind::MultisetDisplay:
        return all(static_cast<const DisplayExpr*>(x)->elements);
      case ExprKind::MapDisplay: {
        auto* m = static_cast<const MapDisplayExpr*>(x);
        return all(m->keys) && all(m->values);
      }
      case ExprKind::Binary: {
        // Integer *, / and % are functions to Dafny's triggers (candidates, not killers).
        // So are the collection operations + * - on sets and multisets and + on sequences.
        auto* b = static_cast<const BinaryExpr*>(x);
        const Type* t = rp_->TypeOf(b->lhs) ? Shape(rp_->TypeOf(b->lhs)) : nullptr;
        TypeKind k = t ? t->kind : TypeKind::Error;
        bool sets = k == TypeKind::Set || k == TypeKind::ISet || k == TypeKind::Multiset;
        bool seqs = k == TypeKind::Seq || k == TypeKind::String;
        bool arith = b->op == BinaryOp::Mul || b->op == BinaryOp::Div || b->op == BinaryOp::Mod;
        bool candidate_op =
            (sets &&
             (b->op == BinaryOp::Add || b->op == BinaryOp::Mul || b->op == BinaryOp::Sub)) ||
            (seqs && b->op == BinaryOp::Add) ||
            (arith && !sets && !seqs && t && !IsRealLike(t) && k != TypeKind::BitVector);
        return candidate_op && clean(b->lhs) && clean(b->rhs);
      }
      default:
        return false;
    }
  };
  auto candidate = [&](const std::vector<const Expr*>& args) {
    for (const Expr* a : args) {
      if (!clean(a)) return;
    }
    std::function<void(const Expr*)> collect = [&](const Expr* x) {
      if (x->kind == ExprKind::Name) {
        const Var* v = rp_->BindingOf(x).var;
        if (v && bound.count(v)) covered.insert(v);
      }
      ForEachSubExpr(x, collect);
    };
    for (const Expr* a : args) collect(a);
  };
  std::function<void(const Expr*)> visit = [&](const Expr* e) {
    switch (e->kind) {
      case ExprKind::Call: {
        auto* call = static_cast<const CallExpr*>(e);
        const Binding& callee = rp_->CalleeOf(call);
        // Function calls, datatype values and applications of function values.
        if (callee.function || callee.datatype || (!callee.method && !callee.is_qualifier)) {
          std::vector<const Expr*> args(call->args.begin(), call->args.end());
          if (call->callee->kind == ExprKind::Select) {
            args.push_back(static_cast<const SelectExpr*>(call->callee)->object);
          } else if (!callee.function && !callee.datatype) {
            args.push_back(call->callee);  // f(x) for a function value f: Dafny's ApplyExpr
          }
          candidate(args);
        }
        break;
      }
      case ExprKind::Index: {
        auto* ix = static_cast<const IndexExpr*>(e);
        std::vector<const Expr*> args{ix->seq};
        args.insert(args.end(), ix->indices.begin(), ix->indices.end());
        candidate(args);
        break;
      }
      case ExprKind::Slice: {
        auto* sl = static_cast<const SliceExpr*>(e);
        std::vector<const Expr*> args{sl->seq};
        if (sl->lo) args.push_back(sl->lo);
        if (sl->hi) args.push_back(sl->hi);
        candidate(args);
        break;
      }
      case ExprKind::Cardinality:
        candidate({static_cast<const CardinalityExpr*>(e)->operand});
        break;
      case ExprKind::Tuple: {  // a datatype value
        auto* t = static_cast<const TupleExpr*>(e);
        candidate(std::vector<const Expr*>(t->elements.begin(), t->elements.end()));
        break;
      }
      case ExprKind::SeqDisplay:
      case ExprKind::SetDisplay:
      case ExprKind::MultisetDisplay: {
        auto* d = static_cast<const DisplayExpr*>(e);
        candidate(std::vector<const Expr*>(d->elements.begin(), d->elements.end()));
        break;
      }
      case ExprKind::Binary: {
        auto* b = static_cast<const BinaryExpr*>(e);
        // Not `x in {a, b}` (nor a multiset display or a set comprehension): Dafny rewrites
        // those into disjunctions.
        const Expr* coll = b->rhs;
        while (coll->kind == ExprKind::Paren) coll = static_cast<const ParenExpr*>(coll)->inner;
        bool rewritten = coll->kind == ExprKind::SetDisplay ||
                         coll->kind == ExprKind::SetComprehension ||
                         (coll->kind == ExprKind::MultisetDisplay &&
                          !static_cast<const DisplayExpr*>(coll)->from_collection);
        if ((b->op == BinaryOp::In || b->op == BinaryOp::NotIn) && !rewritten) {
          candidate({b->lhs, b->rhs});
        }
        // Dafny's candidate collection operations: + * - and the subset orders on sets and
        // multisets, + on sequences.
        TypeKind k = rp_->TypeOf(b->lhs) ? rp_->TypeOf(b->lhs)->kind : TypeKind::Error;
        bool sets = k == TypeKind::Set || k == TypeKind::ISet || k == TypeKind::Multiset;
        bool set_op = b->op == BinaryOp::Add || b->op == BinaryOp::Mul || b->op == BinaryOp::Sub ||
                      b->op == BinaryOp::Lt || b->op == BinaryOp::Le || b->op == BinaryOp::Gt ||
                      b->op == BinaryOp::Ge;
        bool seqs = k == TypeKind::Seq || k == TypeKind::String;
        if ((sets && set_op) || (seqs && b->op == BinaryOp::Add)) candidate({b->lhs, b->rhs});
        // Integer *, / and % are Dafny's Mul, Div and Mod functions: candidates too (used when
        // no other term is).
        // (A type still being inferred is a numeric literal's: int unless it turns out real.)
        const Type* it = rp_->TypeOf(b->lhs) ? Walk(rp_->TypeOf(b->lhs)) : nullptr;
        if (it && it->kind == TypeKind::Proxy && rp_->TypeOf(b->rhs)) {
          it = Walk(rp_->TypeOf(b->rhs));
        }
        bool int_op = it &&
                      (IsIntLike(it) || it->kind == TypeKind::Nat || it->kind == TypeKind::Proxy) &&
                      (b->op == BinaryOp::Mul || b->op == BinaryOp::Div || b->op == BinaryOp::Mod);
        if (int_op) candidate({b->lhs, b->rhs});
        break;
      }
      case ExprKind::Select: {
        const Binding& b = rp_->BindingOf(e);
        // Fields, functions, destructors and the built-in members (Length, Keys, ...).
        if (!b.is_qualifier && !b.method) candidate({static_cast<const SelectExpr*>(e)->object});
        break;
      }
      default:
        break;
    }
    ForEachSubExpr(e, visit);
  };
  if (body) visit(body);
  if (body2) visit(body2);
  for (const BoundVar& bv : domain.vars) {
    if (bv.range) visit(bv.range);
    // `x <- c` is the trigger `x in c` (when c is free of the bound variables and not a set
    // display, which Dafny rewrites into a disjunction).
    const Expr* c = bv.collection;
    while (c && c->kind == ExprKind::Paren) c = static_cast<const ParenExpr*>(c)->inner;
    bool display = c && (c->kind == ExprKind::SetDisplay || c->kind == ExprKind::SetComprehension ||
                         (c->kind == ExprKind::MultisetDisplay &&
                          !static_cast<const DisplayExpr*>(c)->from_collection));
    if (c && !display && !mentions(c)) covered.insert(bv.var);
  }
  if (covered.size() == bound.size()) return;
  ctx_.diags.Report(DiagKind::TriggerWarning, at,
                    "Could not find a trigger for this quantifier. Without a trigger, the "
                    "quantifier may cause brittle verification. To silence this warning, add "
                    "an explicit trigger using the {:trigger} attribute. For more information, "
                    "see the section on quantifier instantiation rules in the reference "
                    "manual.");
}

}  // namespace dfy::resolve

namespace dfy::resolve {

// Dafny's (legacy) type inference gives a bound variable declared without a type the subset
// type of the parameters it is passed to: `forall k :: k in m ==> f(k) in r` with f: nat -> nat
// has k: nat (so the quantifier ranges over nats only). dfyc applies the part of that inference
// it can decide exactly, and otherwise leaves the variable an int, which only makes the
// quantifier range wider: an assertion stronger, never weaker. A bound variable of a
// quantifier or forall statement gets subset type T when
//   - it is passed, as a whole argument, to at least one parameter of type T (a function, a
//     function value, a datatype constructor, a method or lemma), T being nat or a subset type
//     of int without type arguments, and to no parameter of another type;
//   - every other occurrence is neutral for Dafny's inference, as checked against Dafny 4.11:
//     an operand of == or !=, the element of `in` / `!in`, an operand of <, <=, >, >= whose
//     other operand is an integer literal, or inside + - * / % or a negation whose result is
//     itself neutral.
// Any other occurrence (an index, a comparison with a variable, `as`, a let, a display, an
// argument that is an arithmetic expression, ...) keeps it an int.
void Resolver::InferBoundVarSubsetTypes(const QuantifierDomain& d,
                                        const std::vector<const Expr*>& exprs, const Stmt* body) {
  enum class Role : uint8_t { Other, Neutral, Arg };
  auto is_int_literal = [](const Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    if (e->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(e)->op == UnaryOp::Negate) {
      e = static_cast<const UnaryExpr*>(e)->operand;
    }
    return e->kind == ExprKind::IntLiteral;
  };
  // The subset type a parameter of type `t` asks for, or null (int and others block).
  auto subset_of = [&](const Type* t) -> const Type* {
    t = t ? Zonk(t) : nullptr;
    if (!t) return nullptr;
    if (t->kind == TypeKind::Nat) return t;
    if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::SubsetType &&
        t->args.empty() && Base(t)->kind == TypeKind::Int) {
      return t;
    }
    return nullptr;
  };
  for (const BoundVar& bv : d.vars) {
    const Var* v = bv.var;
    if (v->type || bv.collection) continue;
    const Type* vt = Walk(rp_->TypeOf(v));
    bool int_like =
        vt && (vt->kind == TypeKind::Int ||
               (vt->kind == TypeKind::Proxy && proxy_kind_[vt->width] != ProxyKind::RealLiteral));
    if (!int_like) continue;
    const Type* want = nullptr;
    bool blocked = false;
    std::vector<const Expr*> uses;
    std::function<void(const Expr*, Role, const Type*)> walk = [&](const Expr* e, Role role,
                                                                   const Type* param) {
      if (blocked) return;
      switch (e->kind) {
        case ExprKind::Name:
          if (rp_->BindingOf(e).var != v) return;
          uses.push_back(e);
          if (role == Role::Arg) {
            const Type* t = subset_of(param);
            if (!t || (want && want != t)) {
              blocked = true;
            } else {
              want = t;
            }
          } else if (role != Role::Neutral) {
            blocked = true;
          }
          return;
        case ExprKind::Paren:
          walk(static_cast<const ParenExpr*>(e)->inner, role, param);
          return;
        case ExprKind::Unary: {
          auto* u = static_cast<const UnaryExpr*>(e);
          walk(u->operand, u->op == UnaryOp::Negate && role == Role::Neutral ? role : Role::Other,
               nullptr);
          return;
        }
        case ExprKind::Binary: {
          auto* b = static_cast<const BinaryExpr*>(e);
          Role l = Role::Other, r = Role::Other;
          switch (b->op) {
            case BinaryOp::Eq:
            case BinaryOp::Neq:
              l = r = Role::Neutral;
              break;
            case BinaryOp::In:
            case BinaryOp::NotIn:
              l = Role::Neutral;
              break;
            case BinaryOp::Lt:
            case BinaryOp::Le:
            case BinaryOp::Gt:
            case BinaryOp::Ge:
              if (is_int_literal(b->rhs)) l = Role::Neutral;
              if (is_int_literal(b->lhs)) r = Role::Neutral;
              break;
            case BinaryOp::Add:
            case BinaryOp::Sub:
            case BinaryOp::Mul:
            case BinaryOp::Div:
            case BinaryOp::Mod:
              if (role == Role::Neutral) l = r = Role::Neutral;
              break;
            default:
              break;
          }
          walk(b->lhs, l, nullptr);
          walk(b->rhs, r, nullptr);
          return;
        }
        case ExprKind::Call: {
          auto* call = static_cast<const CallExpr*>(e);
          walk(call->callee, Role::Other, nullptr);
          const Binding& b = rp_->CalleeOf(call);
          std::vector<const Type*> formals;
          bool known = false;
          if (b.function && b.function->type_params.empty()) {
            for (const Var* p : b.function->params) formals.push_back(rp_->TypeOf(p));
            known = true;
          } else if (b.method && b.method->type_params.empty()) {
            for (const Var* p : b.method->ins) formals.push_back(rp_->TypeOf(p));
            known = true;
          } else if (b.datatype && b.ctor >= 0 && !b.ctor_test && b.destructor < 0) {
            for (const Var* p : b.datatype->ctors[b.ctor].formals) {
              formals.push_back(rp_->TypeOf(p));
            }
            known = true;
          } else if (!b.function && !b.method && !b.datatype) {
            const Type* ft = rp_->TypeOf(call->callee) ? Walk(rp_->TypeOf(call->callee)) : nullptr;
            if (ft && ft->kind == TypeKind::Arrow) {
              formals.assign(ft->args.begin(), ft->args.end() - 1);
              known = true;
            }
          }
          known = known && formals.size() == call->args.size();
          for (size_t i = 0; i < call->args.size(); ++i) {
            walk(call->args[i], known ? Role::Arg : Role::Other, known ? formals[i] : nullptr);
          }
          return;
        }
        default:
          ForEachSubExpr(e, [&](const Expr* x) { walk(x, Role::Other, nullptr); });
          return;
      }
    };
    for (const BoundVar& other : d.vars) {
      if (other.collection) walk(other.collection, Role::Other, nullptr);
      if (other.range) walk(other.range, Role::Other, nullptr);
    }
    for (const Attribute& a : d.attributes) {
      for (const Expr* x : a.args) walk(x, Role::Other, nullptr);
    }
    for (const Expr* x : exprs) walk(x, Role::Other, nullptr);
    std::function<void(const Stmt*)> stmt = [&](const Stmt* s) {
      ForEachChild(
          s, [&](const Expr* x) { walk(x, Role::Other, nullptr); }, stmt);
    };
    if (body) stmt(body);
    if (blocked || !want) continue;
    rp_->var_type_[v->id] = want;
    for (const Expr* u : uses) SetExprType(u, want);
  }
}

}  // namespace dfy::resolve

namespace dfy::resolve {

// Dafny's (legacy) inference also gives an untyped bound variable of a set or map
// comprehension the subset type of the elements it is assigned to: with s: set<int>,
// `var t: set<nat> := set x | x in s :: x * 2` has x: nat, so only the nat elements of s take
// part. dfyc applies it where it can decide as Dafny does (checked against Dafny 4.11's
// /rprint, tests/files/resolve/comprehension_bound_var_subset_types.dfy): the expected element
// type (the key type of a map) is nat or a subset type of int without type arguments, the term
// carries the variable there (the variable itself, or arithmetic and if-then-else branches
// over it and integer literals only), and every other occurrence is neutral for Dafny's
// inference: the element of `in`, an operand of == or !=, the right operand of a comparison
// (or the left one when the right is a literal), an argument to a parameter of type int or
// of an int subset type, an index of a map, an operand of `as`. Otherwise it stays an int.
void Resolver::InferComprehensionBoundVarTypes(const QuantifierDomain& d, const Expr* term,
                                               const Expr* value, const Type* expected) {
  if (!expected) return;
  const Type* want = Walk(expected);
  const Type* elem = nullptr;
  const Type* value_type = nullptr;
  if (want->kind == TypeKind::Set || want->kind == TypeKind::ISet) {
    elem = want->args[0];
  } else if (want->kind == TypeKind::Map || want->kind == TypeKind::IMap) {
    elem = want->args[0];
    value_type = Walk(want->args[1]);
  } else {
    return;
  }
  elem = Walk(elem);
  auto int_subset = [&](const Type* t) {
    return t->kind == TypeKind::Nat ||
           (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::SubsetType &&
            t->args.empty() && Base(t)->kind == TypeKind::Int);
  };
  if (!int_subset(elem)) return;
  auto strip = [](const Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    return e;
  };
  auto is_int_literal = [&](const Expr* e) {
    e = strip(e);
    if (e->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(e)->op == UnaryOp::Negate) {
      e = strip(static_cast<const UnaryExpr*>(e)->operand);
    }
    return e->kind == ExprKind::IntLiteral;
  };
  auto arith = [](BinaryOp op) {
    return op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::Mul ||
           op == BinaryOp::Div || op == BinaryOp::Mod;
  };
  // The candidates: untyped int bound variables; those the term carries are decided together
  // (`set x, y | ... :: x + y`).
  std::unordered_set<const Var*> candidates, carried;
  for (const BoundVar& bv : d.vars) {
    const Var* v = bv.var;
    if (v->type || bv.collection) continue;
    const Type* vt = Walk(rp_->TypeOf(v));
    bool int_like =
        vt && (vt->kind == TypeKind::Int ||
               (vt->kind == TypeKind::Proxy && proxy_kind_[vt->width] == ProxyKind::IntLiteral));
    if (int_like) candidates.insert(v);
  }
  if (candidates.empty()) return;
  {
    bool blocked = false;
    std::vector<const Expr*> uses;
    std::function<void(const Expr*, bool)> neutral_walk;
    // Whether `e` carries candidates into the expected type (they join `carried`).
    std::function<bool(const Expr*)> carries = [&](const Expr* e) -> bool {
      e = strip(e);
      switch (e->kind) {
        case ExprKind::Name: {
          const Var* x = rp_->BindingOf(e).var;
          if (!candidates.count(x)) return false;
          carried.insert(x);
          uses.push_back(e);
          return true;
        }
        case ExprKind::Unary: {
          auto* u = static_cast<const UnaryExpr*>(e);
          return u->op == UnaryOp::Negate && carries(u->operand);
        }
        case ExprKind::Binary: {
          auto* b = static_cast<const BinaryExpr*>(e);
          if (!arith(b->op)) return false;
          bool l_lit = is_int_literal(b->lhs), r_lit = is_int_literal(b->rhs);
          bool l = !l_lit && carries(b->lhs), r = !r_lit && carries(b->rhs);
          return (l || l_lit) && (r || r_lit) && (l || r);
        }
        case ExprKind::IfThenElse: {
          auto* i = static_cast<const IfThenElseExpr*>(e);
          bool t_lit = is_int_literal(i->then_branch), e_lit = is_int_literal(i->else_branch);
          bool t = !t_lit && carries(i->then_branch), f = !e_lit && carries(i->else_branch);
          if (!((t || t_lit) && (f || e_lit) && (t || f))) return false;
          neutral_walk(i->cond, false);
          return true;
        }
        default:
          return false;
      }
    };
    neutral_walk = [&](const Expr* e, bool neutral) {
      if (blocked) return;
      switch (e->kind) {
        case ExprKind::Name:
          if (!carried.count(rp_->BindingOf(e).var)) return;
          uses.push_back(e);
          if (!neutral) blocked = true;
          return;
        case ExprKind::Paren:
          neutral_walk(static_cast<const ParenExpr*>(e)->inner, neutral);
          return;
        case ExprKind::Unary: {
          auto* u = static_cast<const UnaryExpr*>(e);
          neutral_walk(u->operand, neutral && u->op == UnaryOp::Negate);
          return;
        }
        case ExprKind::Conversion:
          neutral_walk(static_cast<const TypeOpExpr*>(e)->operand, true);
          return;
        case ExprKind::Binary: {
          auto* b = static_cast<const BinaryExpr*>(e);
          bool l = false, r = false;
          switch (b->op) {
            case BinaryOp::Eq:
            case BinaryOp::Neq:
              l = r = true;
              break;
            case BinaryOp::In:
            case BinaryOp::NotIn:
              l = true;
              break;
            case BinaryOp::Lt:
            case BinaryOp::Le:
            case BinaryOp::Gt:
            case BinaryOp::Ge:
              l = is_int_literal(b->rhs);
              r = true;
              break;
            default:
              l = r = neutral && arith(b->op);
              break;
          }
          neutral_walk(b->lhs, l);
          neutral_walk(b->rhs, r);
          return;
        }
        case ExprKind::Index: {
          auto* ix = static_cast<const IndexExpr*>(e);
          neutral_walk(ix->seq, false);
          const Type* st = rp_->TypeOf(ix->seq) ? Shape(rp_->TypeOf(ix->seq)) : nullptr;
          bool map = st && (st->kind == TypeKind::Map || st->kind == TypeKind::IMap);
          for (const Expr* i : ix->indices) neutral_walk(i, map);
          return;
        }
        case ExprKind::Call: {
          auto* call = static_cast<const CallExpr*>(e);
          neutral_walk(call->callee, false);
          const Binding& b = rp_->CalleeOf(call);
          std::vector<const Type*> formals;
          if (b.function && b.function->type_params.empty()) {
            for (const Var* p : b.function->params) formals.push_back(rp_->TypeOf(p));
          } else if (b.method && b.method->type_params.empty()) {
            for (const Var* p : b.method->ins) formals.push_back(rp_->TypeOf(p));
          } else if (b.datatype && b.ctor >= 0 && !b.ctor_test && b.destructor < 0) {
            for (const Var* p : b.datatype->ctors[b.ctor].formals)
              formals.push_back(rp_->TypeOf(p));
          } else if (!b.function && !b.method && !b.datatype) {
            const Type* ft = rp_->TypeOf(call->callee) ? Walk(rp_->TypeOf(call->callee)) : nullptr;
            if (ft && ft->kind == TypeKind::Arrow)
              formals.assign(ft->args.begin(), ft->args.end() - 1);
          }
          bool known = formals.size() == call->args.size();
          for (size_t i = 0; i < call->args.size(); ++i) {
            const Type* f = known && formals[i] ? Walk(formals[i]) : nullptr;
            neutral_walk(call->args[i], f && (f->kind == TypeKind::Int || int_subset(f)));
          }
          return;
        }
        default:
          ForEachSubExpr(e, [&](const Expr* x) { neutral_walk(x, false); });
          return;
      }
    };
    // The term (the key of a map comprehension) must carry them into `elem`.
    if (!term) {
      if (d.vars.size() != 1) return;
      carried = candidates;
    } else if (!carries(term)) {
      return;
    }
    // A map's value may carry v into the same subset type; otherwise v must be neutral there.
    if (value && !(value_type == elem && carries(value))) neutral_walk(value, false);
    for (const BoundVar& other : d.vars) {
      if (other.collection) neutral_walk(other.collection, false);
      if (other.range) neutral_walk(other.range, false);
    }
    for (const Attribute& a : d.attributes) {
      for (const Expr* x : a.args) neutral_walk(x, false);
    }
    if (blocked) return;
    for (const Var* v : carried) rp_->var_type_[v->id] = elem;
    for (const Expr* u : uses) SetExprType(u, elem);
  }
}

// Dafny infers an untyped lambda parameter on its own: from the expected arrow `want` it takes
// the parameter type without its top-level subset types (`nat -> int` gives x: int, and
// `seq<nat> -> int` gives seq<nat>), unless the body gives the parameter back whole where the
// same subset type is expected (`nat -> nat := x => x`, `nat -> set<nat> := x => {x}`).
const Type* Resolver::LambdaParamType(const LambdaExpr* l, size_t i, const Type* want) {
  const Type* declared = want->args[i];
  const Type* stripped = WithoutTopSubsetTypes(declared);
  if (stripped == Walk(declared)) return declared;
  const Var* p = l->params[i];
  auto is_param = [&](const Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    return e->kind == ExprKind::Name && static_cast<const NameExpr*>(e)->name == p->name;
  };
  const Type* result = Walk(want->args.back());
  if (is_param(l->body) && result == Walk(declared)) return declared;
  const Expr* body = l->body;
  while (body->kind == ExprKind::Paren) body = static_cast<const ParenExpr*>(body)->inner;
  if (body->kind == ExprKind::SeqDisplay || body->kind == ExprKind::SetDisplay ||
      body->kind == ExprKind::MultisetDisplay) {
    auto* d = static_cast<const DisplayExpr*>(body);
    const Type* rs = Shape(result);
    bool whole = !d->elements.empty() && !rs->args.empty() && Walk(rs->args[0]) == Walk(declared);
    for (const Expr* x : d->elements) whole = whole && is_param(x);
    if (whole) return declared;
  }
  return stripped;
}

const Type* Resolver::WithoutTopSubsetTypes(const Type* t) {
  t = Walk(t);
  if (t->kind == TypeKind::Nat) return t_.Int();
  if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::SubsetType &&
      !OpaqueHere(t->decl)) {
    TypeInfo* ti = InfoOf(t->decl);
    if (!ti || !ti->base) return t;
    Subst s;
    for (size_t i = 0; i < t->args.size(); ++i) {
      s[t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*ti->type_params)[i].name,
               t->decl)] = t->args[i];
    }
    return WithoutTopSubsetTypes(Substitute(ti->base, s));
  }
  return t;
}

}  // namespace dfy::resolve
