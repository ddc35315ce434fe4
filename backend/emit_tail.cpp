// Tail calls as loops, as Dafny compiles them: a callable that calls itself in tail position
// takes its parameters by value, and each such call assigns the new arguments to them and jumps
// back to the top of the body (`goto _tail_call`), so a 1,000,000-deep tail recursion runs in
// constant stack.
//
// Tail positions: for a function, the result expression through if-then-else, match, let and
// ghost statements (the places EmitReturn turns into `return`); for a method, the last
// statement of its body through blocks, if and match, when it is a call of the method itself
// that either has no out-parameters or assigns them to the method's own, in order. An
// override of a trait's member takes its parameters as the trait declares them; one passed by
// const& is `_in_x` in the signature and copied to a local `x` that the tail calls assign.
#include <fmt/format.h>

#include "backend/emitter.h"

namespace dfy::backend {

namespace {

const dfy::Expr* StripParens(const dfy::Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  return e;
}

}  // namespace

bool Emitter::IsSelfCall(const dfy::CallExpr* c, const Decl* d) {
  const Binding& b = rp_.CalleeOf(c);
  const Decl* callee = b.function ? static_cast<const Decl*>(b.function) : b.method;
  if (!callee || callee != d) return false;
  // The receiver must be this object (or none, for a static or module-level callable).
  const dfy::Expr* f = StripParens(c->callee);
  if (f->kind == ExprKind::Select) {
    const dfy::Expr* object = StripParens(static_cast<const dfy::SelectExpr*>(f)->object);
    const Decl* owner = rp_.OwnerOf(d);
    bool is_static = d->kind == DeclKind::Function ? static_cast<const FunctionDecl*>(d)->is_static
                                                   : static_cast<const MethodDecl*>(d)->is_static;
    bool module_level = !owner || owner->kind == DeclKind::Module;
    if (object->kind != ExprKind::This && !module_level && !is_static) return false;
  } else if (f->kind != ExprKind::Name) {
    return false;
  }
  // The same instantiation of its own type parameters.
  const std::vector<TypeParam>* tps = TypeParamsOf(d);
  std::string own = tps ? TemplateArgsOf(*tps) : "";
  return TypeArgs(b.type_args, c->tok) == own;
}

void Emitter::FindTailCalls(const Decl* d) {
  tail_stmts_.clear();
  if (d->kind == DeclKind::Function) {
    auto* fn = static_cast<const FunctionDecl*>(d);
    std::function<bool(const dfy::Expr*)> tail = [&](const dfy::Expr* e) -> bool {
      e = StripParens(e);
      if (!e) return false;
      switch (e->kind) {
        case ExprKind::IfThenElse: {
          auto* i = static_cast<const IfThenElseExpr*>(e);
          bool a = tail(i->then_branch);
          return tail(i->else_branch) || a;
        }
        case ExprKind::Match: {
          bool any = false;
          for (const MatchCaseExpr& c : static_cast<const dfy::MatchExpr*>(e)->cases)
            any = tail(c.body) || any;
          return any;
        }
        case ExprKind::Let:
          return tail(static_cast<const dfy::LetExpr*>(e)->body);
        case ExprKind::StmtInExpr:
          return tail(static_cast<const StmtInExprExpr*>(e)->body);
        case ExprKind::Call:
          return IsSelfCall(static_cast<const dfy::CallExpr*>(e), d);
        default:
          return false;
      }
    };
    tail_recursive_[d] = fn->body && tail(fn->body);
    return;
  }
  auto* m = static_cast<const MethodDecl*>(d);
  if (!m->body || m->flavor == MethodFlavor::Constructor) {
    tail_recursive_[d] = false;
    return;
  }
  std::vector<const Var*> outs;
  for (const Var* o : m->outs) {
    if (!rp_.IsGhost(o)) outs.push_back(o);
  }
  std::function<void(const Stmt*)> last = [&](const Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case StmtKind::Block: {
        auto* b = static_cast<const BlockStmt*>(s);
        if (!b->stmts.empty()) last(b->stmts.back());
        return;
      }
      case StmtKind::If: {
        auto* i = static_cast<const IfStmt*>(s);
        if (!i->bound_vars.empty()) return;
        last(i->then_branch);
        last(i->else_branch);
        return;
      }
      case StmtKind::Match:
        for (const MatchCaseStmt& c : static_cast<const MatchStmt*>(s)->cases) {
          if (!c.body.empty()) last(c.body.back());
        }
        return;
      case StmtKind::Call:
        if (outs.empty() && IsSelfCall(static_cast<const CallStmt*>(s)->call, d))
          tail_stmts_.insert(s);
        return;
      case StmtKind::Assign: {
        auto* as = static_cast<const AssignStmt*>(s);
        if (as->rhs.size() != 1 || StripParens(as->rhs[0])->kind != ExprKind::Call) return;
        auto* call = static_cast<const dfy::CallExpr*>(StripParens(as->rhs[0]));
        if (!IsSelfCall(call, d) || as->lhs.size() != m->outs.size()) return;
        for (size_t i = 0; i < as->lhs.size(); ++i) {
          const dfy::Expr* l = StripParens(as->lhs[i]);
          if (l->kind != ExprKind::Name || rp_.BindingOf(l).var != m->outs[i]) return;
        }
        tail_stmts_.insert(s);
        return;
      }
      default:
        return;
    }
  };
  last(m->body);
  tail_recursive_[d] = !tail_stmts_.empty();
}

bool Emitter::IsTailRecursive(const Decl* d) {
  if (d->kind != DeclKind::Function && d->kind != DeclKind::Method) return false;
  auto it = tail_recursive_.find(d);
  if (it != tail_recursive_.end()) return it->second;
  std::set<const Stmt*> saved = std::move(tail_stmts_);
  FindTailCalls(d);
  tail_stmts_ = std::move(saved);
  return tail_recursive_[d];
}

bool Emitter::CopiesParam(const Decl* d, size_t i) {
  if (!IsTailRecursive(d) || !IsOverrider(d)) return false;
  const std::vector<Var*>& params = d->kind == DeclKind::Function
                                        ? static_cast<const FunctionDecl*>(d)->params
                                        : static_cast<const MethodDecl*>(d)->ins;
  const Var* p = params[i];
  std::vector<bool> by_ref = InheritedByRefParams(d);
  return (i < by_ref.size() && by_ref[i]) || ParamType(rp_.TypeOf(p), p->range).ends_with("&");
}

void Emitter::EmitTailCall(const dfy::CallExpr* c) {
  const Binding& b = rp_.CalleeOf(c);
  const std::vector<Var*>& formals = b.function ? b.function->params : b.method->ins;
  // Every argument is computed before any parameter changes.
  std::vector<std::pair<std::string, std::string>> moves;
  Line("{");
  ++indent_;
  std::vector<const dfy::Expr*> bound = BoundArgs(c->args, formals);
  // With default values left out, every value comes from ArgValues (emit_defaults.cpp).
  std::vector<std::string> values;
  for (size_t i = 0; i < formals.size(); ++i) {
    if (!bound[i] && !rp_.IsGhost(formals[i])) {
      CallSite cs(&c->args, &formals, b.function ? &b.function->defaults : &b.method->defaults,
                  c->tok);
      cs.callee = b.function ? static_cast<const Decl*>(b.function) : b.method;
      cs.type_args = b.type_args;
      values = ArgValues(cs);
      break;
    }
  }
  for (size_t i = 0; i < formals.size(); ++i) {
    const Var* p = formals[i];
    if (rp_.IsGhost(p)) continue;
    const dfy::Expr* a = bound[i] ? StripParens(bound[i]) : nullptr;
    // An argument that is the parameter itself needs no assignment.
    if (a && a->kind == ExprKind::Name && rp_.BindingOf(a).var == p) continue;
    std::string tmp = Fresh("arg");
    Line(fmt::format("auto {} = {};", tmp,
                     values.empty() ? ExprAs(bound[i], rp_.TypeOf(p)) : values[i]));
    moves.emplace_back(CppName(p->name), tmp);
  }
  for (const auto& [param, tmp] : moves) Line(fmt::format("{} = std::move({});", param, tmp));
  Line("goto _tail_call;");
  --indent_;
  Line("}");
  tail_call_used_ = true;
}

}  // namespace dfy::backend
