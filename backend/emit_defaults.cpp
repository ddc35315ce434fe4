// The arguments of a call: positional and named ones, and default parameter values.
//
// As in Dafny, a call fills in each omitted argument with the formal's default expression, in
// which the callee's other formals stand for the call's arguments (or, when those are omitted
// too, for their own defaults), `this` for the call's receiver and the callee's type parameters
// for the call's type arguments. Dafny's compilers emit that substituted expression at the call
// site (DefaultValueExpression's ResolvedExpression); dfyc does the same, by emitting the
// default expression with the formals aliased to the C++ of their values (var_alias_), the
// receiver aliased (this_alias_) and the type parameters aliased (type_alias_). Dafny
// expressions have no side effects, so an argument that several defaults name may be computed
// more than once, as in Dafny's C#.
#include <fmt/format.h>

#include <functional>

#include "backend/emitter.h"
#include "frontend/ast_visit.h"

namespace dfy::backend {

namespace {

// Whether the C++ text is a name or a literal, which needs no parentheses where a variable of
// the default expression stood.
bool IsAtom(const std::string& s) {
  if (s.empty()) return false;
  bool name = true;
  for (char c : s)
    name = name && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':');
  if (name) return true;
  // dfy::Int(3), dfy::Int(-3), f(x)...: one call whose parentheses close at the end.
  size_t open = s.find('(');
  if (open == std::string::npos || s.back() != ')') return false;
  for (size_t i = 0; i < open; ++i) {
    char c = s[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != ':') return false;
  }
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0 && i + 1 != s.size()) return false;
  }
  return true;
}

}  // namespace

std::vector<const dfy::Expr*> Emitter::BoundArgs(const std::vector<dfy::Expr*>& args,
                                                 const std::vector<Var*>& formals) {
  std::vector<const dfy::Expr*> bound(formals.size(), nullptr);
  size_t positional = 0;
  for (const dfy::Expr* a : args) {
    if (a->kind == ExprKind::NamedArg) {
      auto* na = static_cast<const NamedArgExpr*>(a);
      for (size_t i = 0; i < formals.size(); ++i) {
        if (formals[i]->name == na->name) bound[i] = na->value;
      }
    } else if (positional < formals.size()) {
      bound[positional++] = a;
    }
  }
  return bound;
}

std::vector<std::string> Emitter::ArgValues(const CallSite& cs) {
  const std::vector<Var*>& formals = *cs.formals;
  std::vector<const dfy::Expr*> bound = BoundArgs(*cs.args, formals);
  std::vector<std::string> values(formals.size());
  // 0: to compute; 1: being computed (a cycle, which Dafny's resolver rejects); 2: done.
  std::vector<int> state(formals.size(), 0);
  bool missing = false;
  for (size_t i = 0; i < formals.size(); ++i) {
    if (rp_.IsGhost(formals[i])) {
      state[i] = 2;
    } else if (bound[i]) {
      values[i] = ExprAs(bound[i], rp_.TypeOf(formals[i]));
      state[i] = 2;
    } else {
      missing = true;
    }
  }
  if (!missing) return values;
  // The default expressions are the callee's: its type parameters and receiver.
  std::map<std::string, std::string> saved_types = type_alias_;
  std::string saved_this = this_alias_;
  std::map<std::string, std::string> types;
  auto alias_types = [&](const std::vector<TypeParam>* tps, const std::vector<const Type*>& args) {
    if (!tps || tps->size() != args.size()) return;
    for (size_t i = 0; i < args.size(); ++i) types[(*tps)[i].name] = CppType(args[i], cs.at);
  };
  if (cs.owner) alias_types(TypeParamsOf(cs.owner), cs.owner_type_args);
  if (cs.callee) alias_types(TypeParamsOf(cs.callee), cs.type_args);
  for (auto& [name, cpp] : types) type_alias_[name] = cpp;
  if (!cs.receiver.empty()) this_alias_ = cs.receiver;
  std::function<void(size_t)> compute = [&](size_t i) {
    if (state[i] == 2) return;
    const dfy::Expr* d = i < cs.defaults->size() ? (*cs.defaults)[i] : nullptr;
    // The resolver rejects a formal left without an argument and a default (Dafny's "wrong
    // number of arguments") and defaults that depend on each other in a cycle.
    if (state[i] == 1 || !d) {
      state[i] = 2;
      return;
    }
    state[i] = 1;
    // The formals the default names, computed first.
    std::set<size_t> used;
    std::function<void(const dfy::Expr*)> walk = [&](const dfy::Expr* e) {
      if (e->kind == ExprKind::Name) {
        const Var* v = rp_.BindingOf(e).var;
        for (size_t k = 0; k < formals.size(); ++k) {
          if (formals[k] == v && !rp_.IsGhost(v)) used.insert(k);
        }
      }
      ForEachSubExpr(e, walk);
    };
    walk(d);
    for (size_t k : used) compute(k);
    std::map<const Var*, std::optional<std::string>> saved;
    for (size_t k : used) {
      auto it = var_alias_.find(formals[k]);
      saved[formals[k]] = it == var_alias_.end() ? std::nullopt : std::optional(it->second);
      var_alias_[formals[k]] = IsAtom(values[k]) ? values[k] : "(" + values[k] + ")";
    }
    values[i] = ExprAs(d, rp_.TypeOf(formals[i]));
    for (auto& [v, old] : saved) {
      if (old) {
        var_alias_[v] = *old;
      } else {
        var_alias_.erase(v);
      }
    }
    state[i] = 2;
  };
  for (size_t i = 0; i < formals.size(); ++i) compute(i);
  type_alias_ = saved_types;
  this_alias_ = saved_this;
  return values;
}

std::string Emitter::ThisAccess(bool value) const {
  if (this_alias_.empty()) return "this->";
  return this_alias_ + (value ? "." : "->");
}

}  // namespace dfy::backend
