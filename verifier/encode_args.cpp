// The arguments of a call: positional and named ones bound to the callee's formals, and the
// default values of the formals a call omits.
//
// As in Dafny (DefaultValueExpression), an omitted argument is the formal's default expression
// with the callee's other formals replaced by the call's values for them (which may be defaults
// too), `this` by the call's receiver and the callee's type parameters by the call's type
// arguments. Dafny checks a default expression's well-formedness once, in the callee's context
// (WellFormedDefaults), and not again at each call.
#include <fmt/format.h>

#include <functional>
#include <set>

#include "frontend/ast_visit.h"
#include "verifier/encoder.h"

namespace dfy::verify {

std::vector<const Expr*> BoundArgs(const std::vector<Expr*>& args,
                                   const std::vector<Var*>& formals) {
  std::vector<const Expr*> out(formals.size(), nullptr);
  size_t next = 0;
  for (const Expr* a : args) {
    if (a->kind != ExprKind::NamedArg) {
      if (next < out.size()) out[next++] = a;
      continue;
    }
    auto* n = static_cast<const NamedArgExpr*>(a);
    for (size_t i = 0; i < out.size(); ++i) {
      if (formals[i]->name == n->name) out[i] = n->value;
    }
  }
  return out;
}

std::vector<const Expr*> CtorArgs(const CallExpr* call, const DatatypeCtor& ctor) {
  return BoundArgs(call->args, ctor.formals);
}

const Expr* ArgValueExpr(const Expr* a) {
  return a->kind == ExprKind::NamedArg ? static_cast<const NamedArgExpr*>(a)->value : a;
}

std::vector<z3::expr> Lowerer::ArgValues(const std::vector<const Expr*>& bound,
                                         const CalleeFormals& callee, const Env& env,
                                         const z3::expr& layer,
                                         const std::function<z3::expr(size_t, const Expr*)>& actual,
                                         bool lit) {
  const std::vector<Var*>& formals = *callee.formals;
  std::vector<std::optional<z3::expr>> values(formals.size());
  for (size_t i = 0; i < formals.size(); ++i) {
    if (i < bound.size() && bound[i]) values[i] = actual(i, bound[i]);
  }
  // 0: to compute; 1: being computed; 2: done.
  std::vector<int> state(formals.size(), 0);
  std::function<void(size_t)> compute = [&](size_t i) {
    if (values[i]) return;
    const Expr* d =
        callee.defaults && i < callee.defaults->size() ? (*callee.defaults)[i] : nullptr;
    // (Dafny's resolver rejects a missing argument without a default and cyclic defaults.)
    if (!d || state[i] == 1) {
      throw std::logic_error("verifier: no value for parameter '" + formals[i]->name + "'");
    }
    state[i] = 1;
    // The formals the default names, computed first.
    std::set<size_t> used;
    std::function<void(const Expr*)> walk = [&](const Expr* e) {
      if (e->kind == ExprKind::Name) {
        const Var* v = rp_.BindingOf(e).var;
        for (size_t k = 0; k < formals.size(); ++k) {
          if (formals[k] == v) used.insert(k);
        }
      }
      ForEachSubExpr(e, walk);
    };
    walk(d);
    for (size_t k : used) compute(k);
    Env inner = env;
    for (size_t k : used) inner.insert_or_assign(formals[k], *values[k]);
    // (`this` is the callee's receiver, never the caller's.)
    if (callee.receiver) {
      inner.insert_or_assign(&this_var_, *callee.receiver);
    } else {
      inner.erase(&this_var_);
    }
    // A default's calls may have defaults of their own; Dafny rejects cyclic ones, and this
    // bounds the expansion should one get here.
    if (++default_depth_ > 64) {
      default_depth_ = 0;
      throw std::logic_error("verifier: default values nested too deeply");
    }
    {
      Symbols::SubstScope scope(sym_, callee.decl, callee.inst);
      values[i] = lit ? TrLit(d, inner, layer) : Tr(d, inner, layer);
    }
    --default_depth_;
    state[i] = 2;
  };
  std::vector<z3::expr> out;
  for (size_t i = 0; i < formals.size(); ++i) {
    compute(i);
    out.push_back(*values[i]);
  }
  return out;
}

void Lowerer::WellFormedDefaults(const std::vector<Var*>& formals,
                                 const std::vector<Expr*>& defaults) {
  z3::expr yes = c_.bool_val(true);
  bool saved = in_default_;
  in_default_ = true;
  for (size_t i = 0; i < formals.size() && i < defaults.size(); ++i) {
    const Expr* d = defaults[i];
    if (!d) continue;
    WellFormed(d, yes);
    CheckSubset(rp_.TypeOf(formals[i]), d, Tr(d), yes);
  }
  in_default_ = saved;
}

// The task of a datatype whose constructors have default values: each is well formed and of
// its formal's type, for any values of the constructor's other formals (Dafny's well-formedness
// task of the datatype).
void Lowerer::LowerDatatypeDefaults(const DatatypeDecl* dt) {
  // Each constructor in a branch of its own: a failed check of one (assumed after it) does not
  // hide those of the others, which Dafny reports too.
  vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
  vir::Block* parent = cur_;
  for (const DatatypeCtor& c : dt->ctors) {
    if (c.defaults.empty()) continue;
    cur_ = NewBranch(choice);
    for (const Var* v : c.formals) Havoc(v);
    WellFormedDefaults(c.formals, c.defaults);
    Assume(c_.bool_val(false));
  }
  NewBranch(choice);
  cur_ = parent;
  cur_->cmds.push_back(std::move(choice));
}

}  // namespace dfy::verify
