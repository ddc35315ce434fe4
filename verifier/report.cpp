// Where failed proof obligations are reported, as Dafny 4.11 reports them: the return point of
// a failed postcondition, the position of a failed assertion, and the conjunct of an inlined
// predicate that could not be proved. None of this changes what is proved.
#include <algorithm>
#include <functional>

#include "frontend/ast_visit.h"
#include "verifier/encoder.h"

namespace dfy::verify {

bool ContainsStmt(const Stmt* s, StmtKind kind) {
  bool found = false;
  std::function<void(const Stmt*)> visit = [&](const Stmt* x) {
    if (x->kind == kind) found = true;
    if (!found)
      ForEachChild(
          x, [](const Expr*) {}, visit);
  };
  visit(s);
  return found;
}

bool IsPredicate(const FunctionDecl* f) {
  return f->flavor != FunctionFlavor::Function && f->flavor != FunctionFlavor::TwoStateFunction;
}

std::string PrintableNameList(const std::vector<std::string>& names) {
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += names.size() == 2 ? " " : ", ";
    if (i > 0 && i + 1 == names.size()) list += "or ";
    list += "'" + names[i] + "'";
  }
  return list;
}

void Lowerer::MarkReturnPoint(std::optional<SourceRange> at) {
  uint32_t k = 0;
  if (at) {
    task_.return_points.push_back(*at);
    k = static_cast<uint32_t>(task_.return_points.size());
  }
  return_point_var_.name = "$return";
  env_.insert_or_assign(&return_point_var_, c_.int_val(k));
}

// Dafny's TrSplitExpr inlines a call of a boolean function in a checked position when its body
// is known: not opaque, not {:no_inline}, and (inside another inlined body) not of that body's
// cluster. (Generic functions and the extreme and two-state kinds are left whole here.)
const FunctionDecl* Lowerer::InlinedCallee(const Expr* e, const FunctionDecl* within) {
  while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  if (e->kind != ExprKind::Call) return nullptr;
  auto* call = static_cast<const CallExpr*>(e);
  const FunctionDecl* g = rp_.CalleeOf(call).function;
  if (!g || IsArrowCall(call) || !g->body || IsOpaque(g)) return nullptr;
  if (g->flavor != FunctionFlavor::Predicate && g->flavor != FunctionFlavor::Function &&
      !IsExtremePredicate(g)) {
    return nullptr;
  }
  if (call->callee->kind == ExprKind::PrefixName || prefix_calls_.contains(call)) return nullptr;
  if (!sym_.TypeParamsOf(g).empty()) return nullptr;
  if (Underlying(rp_, rp_.TypeOf(e))->kind != TypeKind::Bool) return nullptr;
  for (const Attribute& a : g->attributes) {
    if (a.name == "no_inline" || a.name == "opaque") return nullptr;
  }
  if (within && graph_.SameCluster(g, within)) return nullptr;
  return g;
}

namespace {

// A conjunct of a predicate's body as Dafny's TrSplitExpr splits it: through &&, the
// consequent of ==> and both branches of an if-then-else, under their guards (each with its
// polarity).
struct BodyPart {
  const Expr* expr;
  std::vector<std::pair<const Expr*, bool>> guards;
};

void SplitBody(const Expr* e, std::vector<std::pair<const Expr*, bool>>& guards,
               std::vector<BodyPart>& out) {
  while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  if (e->kind == ExprKind::Binary) {
    auto* b = static_cast<const BinaryExpr*>(e);
    if (b->op == BinaryOp::And) {
      SplitBody(b->lhs, guards, out);
      SplitBody(b->rhs, guards, out);
      return;
    }
    if (b->op == BinaryOp::Implies) {
      guards.emplace_back(b->lhs, true);
      SplitBody(b->rhs, guards, out);
      guards.pop_back();
      return;
    }
  }
  if (e->kind == ExprKind::IfThenElse) {
    auto* i = static_cast<const IfThenElseExpr*>(e);
    guards.emplace_back(i->cond, true);
    SplitBody(i->then_branch, guards, out);
    guards.back().second = false;
    SplitBody(i->else_branch, guards, out);
    guards.pop_back();
    return;
  }
  out.push_back(BodyPart{e, guards});
}

}  // namespace

void Lowerer::InlinedConjuncts(const Expr* e, const Env& env, const FunctionDecl* within,
                               const std::vector<SourceRange>& chain,
                               std::vector<vir::Proposition>& out,
                               const std::optional<z3::expr>& body_layer) {
  const FunctionDecl* g = InlinedCallee(e, within);
  if (!g) return;
  while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  auto* call = static_cast<const CallExpr*>(e);
  z3::expr layer = body_layer ? *body_layer : sym_.BaseLayer();
  // The body sees the caller's heap, the arguments for the parameters and the receiver.
  Env inner;
  for (const auto& [part, var] : heap_var_of_) {
    auto it = env.find(var);
    if (it != env.end()) inner.insert_or_assign(var, it->second);
  }
  std::optional<z3::expr> receiver;
  if (sym_.HasReceiver(g)) receiver = Receiver(call->callee, env, layer);
  std::vector<z3::expr> args = ArgValues(
      BoundArgs(call->args, g->params),
      {&g->params, &g->defaults, g, InstanceOf(rp_.CalleeOf(call), call->callee), receiver}, env,
      layer, [&](size_t, const Expr* a) { return Tr(a, env, layer); }, false);
  for (size_t i = 0; i < g->params.size(); ++i) inner.insert_or_assign(g->params[i], args[i]);
  if (receiver) inner.insert_or_assign(&this_var_, *receiver);
  std::vector<std::pair<const Expr*, bool>> guards;
  std::vector<BodyPart> parts;
  SplitBody(g->body, guards, parts);
  for (const BodyPart& part : parts) {
    std::vector<SourceRange> here = chain;
    here.push_back(part.expr->tok);
    auto guarded = [&](z3::expr term) {
      for (auto it = part.guards.rbegin(); it != part.guards.rend(); ++it) {
        z3::expr guard = Tr(it->first, inner, layer);
        term = z3::implies(it->second ? guard : !guard, term);
      }
      return term;
    };
    size_t before = out.size();
    InlinedConjuncts(part.expr, inner, g, here, out, body_layer);
    for (size_t k = before; k < out.size(); ++k) out[k].term = guarded(out[k].term);
    if (out.size() == before)
      out.push_back(vir::Proposition{guarded(Tr(part.expr, inner, layer)), here});
  }
}

z3::expr Lowerer::TrAsserted(const Conjunct& part) {
  z3::expr layer = sym_.ls(sym_.BaseLayer());
  z3::expr call = Tr(part.expr, env_, layer);
  z3::expr term = call;
  const FunctionDecl* g = InlinedCallee(part.expr);
  if (g && rp_.BodyVisibleFrom(g, decl_) && !InTaskCluster(g)) {
    std::vector<vir::Proposition> props;
    try {
      InlinedConjuncts(part.expr, env_, nullptr, {}, props, layer);
    } catch (const std::exception&) {
      props.clear();  // a body the encoder cannot express here: the call alone
    }
    if (!props.empty()) {
      z3::expr body = c_.bool_val(true);
      for (const vir::Proposition& p : props) body = body && p.term;
      term = term || body;
    }
  }
  for (auto it = part.antecedents.rbegin(); it != part.antecedents.rend(); ++it) {
    z3::expr antecedent = Tr(*it, env_, layer);
    term = z3::implies(antecedent, term);
    call = z3::implies(antecedent, call);
  }
  if (!z3::eq(term, call)) assumed_after_.insert_or_assign(term.id(), std::make_pair(term, call));
  return term;
}

void Lowerer::NoteInlined(size_t id, const Conjunct& part, const Env& env) {
  std::vector<vir::Proposition> props;
  try {
    InlinedConjuncts(part.expr, env, nullptr, {}, props);
  } catch (const std::exception&) {
    return;  // a body the encoder cannot express here: no related location
  }
  if (props.empty()) return;
  if (props.size() == 1) {
    task_.asserts[id].propositions = props[0].chain;
    return;
  }
  task_.propositions_of.emplace_back(static_cast<uint32_t>(id), std::move(props));
}

bool Lowerer::MentionsFunctionCall(const Expr* e) {
  bool found = false;
  std::function<void(const Expr*)> visit = [&](const Expr* x) {
    if (found) return;
    if (x->kind == ExprKind::Call && rp_.CalleeOf(static_cast<const CallExpr*>(x)).function) {
      found = true;
    }
    ForEachSubExpr(x, visit);
  };
  visit(e);
  return found;
}

bool Lowerer::MentionsRecursiveCall(const Expr* e) {
  bool found = false;
  std::function<void(const Expr*)> visit = [&](const Expr* x) {
    if (found) return;
    if (x->kind == ExprKind::Call) {
      const FunctionDecl* g = rp_.CalleeOf(static_cast<const CallExpr*>(x)).function;
      if (g && graph_.IsRecursive(g)) found = true;
    }
    ForEachSubExpr(x, visit);
  };
  visit(e);
  return found;
}

// Dafny reports a failed `assert e` at the `assert` keyword, unless it split e: into conjuncts
// (each at its own token), into the body of an inlined predicate call (at the call), or to
// give the recursive functions in e one more unfolding (at e's token).
SourceRange Lowerer::AssertPosition(const Stmt* s, const std::vector<Conjunct>& parts,
                                    const Conjunct& part) {
  bool whole = parts.size() == 1 && parts[0].antecedents.empty();
  if (!whole || InlinedCallee(part.expr) || MentionsRecursiveCall(part.expr)) return part->tok;
  return SourceRange{s->range.file, s->range.begin, s->range.begin + 6};
}

// Dafny names each constructor no case covers ("missing case in match statement: C(_, _)"),
// one error each. Done when every case is a variable or a constructor of variables (or a
// disjunction of those); otherwise the cases' coverage is checked as a whole.
bool Lowerer::CheckMissingCases(const std::vector<const Pattern*>& cases, const Type* t,
                                const z3::expr& value, const z3::expr& guard, SourceRange at,
                                const char* what) {
  t = Underlying(rp_, t);
  if (!t->decl || t->decl->kind != DeclKind::Datatype) return false;
  auto* dt = static_cast<const DatatypeDecl*>(t->decl);
  std::vector<bool> covered(dt->ctors.size(), false);
  std::function<bool(const Pattern*)> cover = [&](const Pattern* p) {
    if (p->kind == PatternKind::Disjunction) {
      for (const Pattern* a : p->args) {
        if (!cover(a)) return false;
      }
      return true;
    }
    const DatatypeCtor* ctor = rp_.PatternCtor(p);
    if (p->kind == PatternKind::Ident && !ctor) {
      covered.assign(covered.size(), true);
      return true;
    }
    if (!ctor || (p->kind != PatternKind::Ident && p->kind != PatternKind::Ctor)) return false;
    for (const Pattern* a : p->args) {
      if (a->kind != PatternKind::Ident || rp_.PatternCtor(a)) return false;
    }
    covered[static_cast<size_t>(ctor - dt->ctors.data())] = true;
    return true;
  };
  for (const Pattern* p : cases) {
    if (!cover(p)) return false;
  }
  // (With every constructor covered, the caller's check of the whole, which holds, keeps the
  // task's obligations as they were; there is none for a codatatype, as in Dafny.)
  if (std::all_of(covered.begin(), covered.end(), [](bool c) { return c; })) return dt->co;
  const auto& info = sym_.Datatype(t);
  for (size_t i = 0; i < dt->ctors.size(); ++i) {
    if (covered[i]) continue;
    std::string name = dt->ctors[i].name;
    for (size_t j = 0; j < dt->ctors[i].formals.size(); ++j) name += j == 0 ? "(_" : ", _";
    if (!dt->ctors[i].formals.empty()) name += ")";
    Assert(vir::Obligation::MatchMissingCaseOf, at, z3::implies(guard, !info.testers[i](value)));
    task_.asserts.back().subject = what;
    task_.asserts.back().subject2 = name;
    // (Dafny reports the missing constructors last first.)
    task_.asserts.back().order = -static_cast<int>(i);
  }
  return true;
}

// Dafny checks the shape of a let's pattern constructor by constructor, each at its own
// position and named ("RHS is not certain to look like the pattern 'Some'"); a datatype with
// one constructor needs no check. False (nothing asserted) for patterns with literals or
// alternatives, whose match is checked as a whole.
bool Lowerer::CheckPatternShape(const Pattern* p, const z3::expr& value, const Type* t,
                                const z3::expr& guard) {
  std::function<bool(const Pattern*)> simple = [&](const Pattern* x) {
    if (x->kind == PatternKind::Literal || x->kind == PatternKind::Disjunction) return false;
    for (const Pattern* a : x->args) {
      if (!simple(a)) return false;
    }
    return true;
  };
  if (!simple(p)) return false;
  std::function<void(const Pattern*, const z3::expr&, const Type*, const z3::expr&)> check =
      [&](const Pattern* x, const z3::expr& v, const Type* type, const z3::expr& g) {
        if (x->kind == PatternKind::Tuple) {
          if (x->args.size() == 1) return check(x->args[0], v, type, g);
          const auto& info = sym_.Tuple(type);
          for (size_t j = 0; j < x->args.size(); ++j) {
            check(x->args[j], info.accessors[0][j](v), type->args[j], g);
          }
          return;
        }
        const DatatypeCtor* ctor = rp_.PatternCtor(x);
        if (!ctor) return;  // a variable
        auto* dt = static_cast<const DatatypeDecl*>(type->decl);
        size_t i = static_cast<size_t>(ctor - dt->ctors.data());
        const auto& info = sym_.Datatype(type);
        z3::expr is = info.testers[i](v);
        if (dt->ctors.size() > 1) {
          Assert(vir::Obligation::LetPatternOf, x->range, z3::implies(g, is));
          task_.asserts.back().subject = ctor->name;
        }
        for (size_t j = 0; j < x->args.size(); ++j) {
          check(x->args[j], info.accessors[i][j](v), info.field_types[i][j], g && is);
        }
      };
  check(p, value, t, guard);
  return true;
}

}  // namespace dfy::verify
