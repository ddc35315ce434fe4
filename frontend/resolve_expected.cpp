// Dafny's inference of a generic function call's type arguments as subset types from the type
// the call is expected to have: `Map(Digit(), (c: char) => n)` where a Parser<nat> is expected
// and the lambda returns a nat instantiates Map's U as nat, not int.
#include "frontend/resolver.h"

namespace dfy::resolve {

namespace {
Polarity Flip(Polarity p) {
  return p == Polarity::Co ? Polarity::Contra : p == Polarity::Contra ? Polarity::Co : p;
}

// The polarity of argument i of `t` (a type or its pattern) inside a position of polarity `p`.
Polarity ArgPolarity(const Type* t, size_t i, Polarity p, const std::vector<TypeParam>* tps) {
  if (p == Polarity::Inv) return p;
  if (t->kind == TypeKind::Arrow) return i + 1 < t->args.size() ? Flip(p) : p;
  if (t->kind != TypeKind::UserDefined) return p;
  if (!tps || i >= tps->size()) return Polarity::Inv;
  switch ((*tps)[i].variance) {
    case '+':
    case '*':
      return p;
    case '-':
      return Flip(p);
    default:
      return Polarity::Inv;
  }
}

// The number of type parameters of a function or method (0 for other declarations).
size_t TypeParamCount(const Decl* d) {
  if (d->kind == DeclKind::Function) return static_cast<const FunctionDecl*>(d)->type_params.size();
  if (d->kind == DeclKind::Method) return static_cast<const MethodDecl*>(d)->type_params.size();
  return 0;
}

// A numeric literal, possibly negated or parenthesized.
bool IsNumericLiteral(const Expr* e) {
  if (!e) return false;
  if (e->kind == ExprKind::IntLiteral || e->kind == ExprKind::RealLiteral) return true;
  if (e->kind == ExprKind::Paren) return IsNumericLiteral(static_cast<const ParenExpr*>(e)->inner);
  if (e->kind == ExprKind::Unary) {
    auto* u = static_cast<const UnaryExpr*>(e);
    return u->op == UnaryOp::Negate && IsNumericLiteral(u->operand);
  }
  return false;
}
}  // namespace

// Walks `pattern` (a type written with the type parameters of `f`) and `actual` side by side,
// calling `visit` with each of f's own type parameters (by index) and the part of `actual` at
// its place, with the polarity of that place. Type synonyms and subset types that differ
// between the two are expanded; parts that do not correspond are skipped.
void Resolver::MatchTypeParams(const Type* pattern, const Type* actual, const Decl* f, Polarity p,
                               const std::function<void(size_t, const Type*, Polarity)>& visit,
                               int depth) {
  if (!pattern || !actual || depth > 32) return;
  pattern = Walk(pattern);
  if (pattern->kind == TypeKind::TypeParam && pattern->decl == f &&
      pattern->width < TypeParamCount(f)) {
    visit(pattern->width, actual, p);
    return;
  }
  const Type* a = Walk(actual);
  if (a->kind == TypeKind::Proxy || pattern->args.empty()) return;
  bool same = a->kind == pattern->kind && a->decl == pattern->decl &&
              a->args.size() == pattern->args.size();
  if (!same) {
    const Type* pb = Shape(pattern);
    const Type* ab = Shape(a);
    if (pb == pattern && ab == a) return;
    MatchTypeParams(pb, ab, f, p, visit, depth + 1);
    return;
  }
  const std::vector<TypeParam>* tps = nullptr;
  if (pattern->kind == TypeKind::UserDefined) {
    if (TypeInfo* ti = InfoOf(pattern->decl)) tps = ti->type_params;
  }
  for (size_t i = 0; i < pattern->args.size(); ++i) {
    MatchTypeParams(pattern->args[i], a->args[i], f, ArgPolarity(pattern, i, p, tps), visit,
                    depth + 1);
  }
}

// The type arguments of a call of `f` that the expected type pins to a type holding a subset
// type (nat, seq<nat>, a user's subset type): those at covariant or non-variant places of f's
// result type, where the expected type has no inference variables left.
std::vector<std::pair<size_t, const Type*>> Resolver::TypeArgsFromExpected(
    const FunctionDecl* f, const std::vector<const Type*>& type_args, const Type* expected) {
  std::vector<std::pair<size_t, const Type*>> out;
  if (!expected || f->type_params.empty()) return out;
  auto result = rp_->function_result_.find(f);
  if (result == rp_->function_result_.end()) return out;
  std::map<size_t, const Type*> pinned;
  std::set<size_t> conflicting;
  MatchTypeParams(result->second, expected, f, Polarity::Co,
                  [&](size_t k, const Type* t, Polarity p) {
                    if (p == Polarity::Contra || k >= type_args.size()) return;
                    // Only an inference variable no one has bound yet.
                    if (Walk(type_args[k])->kind != TypeKind::Proxy) return;
                    if (HasProxy(t)) return;
                    t = Walk(t);
                    if (t->kind == TypeKind::Error || DeepBase(t) == t) return;
                    auto [it, fresh] = pinned.emplace(k, t);
                    if (!fresh && it->second != t) conflicting.insert(k);
                  });
  for (auto [k, t] : pinned) {
    if (!conflicting.count(k)) out.emplace_back(k, t);
  }
  return out;
}

// `t` (a parameter's type instantiated with the call's type arguments) with the pinned type
// arguments in place of their inference variables: the type an argument is expected to have,
// so that the expected type flows on into calls and lambdas among the arguments
// (`Bind(p, (x: nat) => Rep(...))` where a Parser<nat> is expected pins Rep's type argument).
// Where an argument fits no pinned type, the type argument stays as unification makes it.
const Type* Resolver::WithPinnedTypeArgs(
    const Type* t, const std::vector<const Type*>& type_args,
    const std::vector<std::pair<size_t, const Type*>>& pinned) {
  if (pinned.empty() || !t) return t;
  for (auto [k, c] : pinned) {
    if (t == type_args[k] && Walk(t)->kind == TypeKind::Proxy) return c;
  }
  if (t->args.empty()) return t;
  Type copy = *t;
  for (const Type*& a : copy.args) a = WithPinnedTypeArgs(a, type_args, pinned);
  return t_.Get(copy);
}

// Whether `actual`, the type an argument gives at the place of a type parameter, lets the
// parameter be `c`: it is `c` (or, at a contravariant place, c's base type), or an inference
// variable still unbound (a literal's), or built of such parts as `c` is.
bool Resolver::FitsPinnedTypeArg(const Type* actual, const Type* c, Polarity p) {
  const Type* a = Walk(actual);
  c = Walk(c);
  if (a == c || a->kind == TypeKind::Proxy) return true;
  if (p == Polarity::Contra && a == DeepBase(c)) return true;
  if (a->kind != c->kind || a->decl != c->decl || a->width != c->width ||
      a->args.size() != c->args.size() || a->args.empty()) {
    return false;
  }
  for (size_t i = 0; i < a->args.size(); ++i) {
    if (!FitsPinnedTypeArg(a->args[i], c->args[i], p)) return false;
  }
  return true;
}

// Whether argument i of a call of f is to be left out when inferring f's type argument k: it
// has no type, or it is a literal given for a parameter of type exactly that type parameter
// (its type is an inference variable in Dafny; here it may be bound already, to the base type
// another argument gave it).
bool Resolver::LiteralForTypeParam(const Decl* f, const std::vector<Var*>& params, size_t k,
                                   size_t i, const std::vector<const Type*>& arg_types,
                                   const std::vector<const Expr*>& args) {
  if (!arg_types[i]) return true;
  const Type* formal = Walk(rp_->TypeOf(params[i]));
  return i < args.size() && formal->kind == TypeKind::TypeParam && formal->decl == f &&
         formal->width == k && IsNumericLiteral(args[i]);
}

// After the arguments of a call of `f` are resolved: each type argument the expected type
// pinned (TypeArgsFromExpected) becomes that type when every argument allows it (Dafny keeps
// it then, as an argument's type is a subtype of it, and checks each argument against the
// instantiated parameter type). Unification made it the pinned type's base type, or left it
// unbound (arguments that are literals); an argument giving another type (an int where a nat
// is pinned) keeps the base type, as Dafny does.
void Resolver::ApplyExpectedTypeArgs(const FunctionDecl* f,
                                     const std::vector<const Type*>& type_args,
                                     const std::vector<std::pair<size_t, const Type*>>& pinned,
                                     const std::vector<const Type*>& arg_types,
                                     const std::vector<const Expr*>& args) {
  for (auto [k, c] : pinned) {
    bool allowed = true;
    for (size_t i = 0; i < f->params.size() && i < arg_types.size() && allowed; ++i) {
      if (LiteralForTypeParam(f, f->params, k, i, arg_types, args)) continue;
      MatchTypeParams(rp_->TypeOf(f->params[i]), arg_types[i], f, Polarity::Co,
                      [&](size_t j, const Type* t, Polarity p) {
                        if (j == k && !FitsPinnedTypeArg(t, c, p)) allowed = false;
                      });
    }
    if (!allowed) continue;
    const Type* now = Walk(type_args[k]);
    if (type_args[k]->kind != TypeKind::Proxy) continue;
    if (now->kind == TypeKind::Proxy) {
      if (proxy_kind_[now->width] == ProxyKind::IntLiteral && !IsIntLike(c)) continue;
      if (proxy_kind_[now->width] == ProxyKind::RealLiteral && !IsRealLike(c)) continue;
    } else if (now != DeepBase(c)) {
      continue;
    }
    // The type argument's own variable, not what it was unified with: a literal argument
    // keeps its own type (an int, checked against the nat parameter, as in Dafny).
    proxy_binding_[type_args[k]->width] = c;
  }
}

// After the arguments of a call of `f` are resolved: a type argument that no explicit type
// argument and no expected type gave, and that unification made a base type (int), becomes the
// subset type every argument gives at its covariant places (Dafny takes an argument's type as
// a lower bound: `Single(x)` with x: nat is a seq<nat>, `Bind(DigitNumber(), (d: nat) => ..)`
// instantiates L as nat). Its other places must allow it (a contravariant one the subset type
// or its base, a non-variant one the subset type itself), and so must the expected type, when
// there is one (the same type or its base at a covariant place, the same at a non-variant one).
void Resolver::ApplyArgumentTypeArgs(const Decl* f, const std::vector<Var*>& params,
                                     const std::vector<const Type*>& type_args,
                                     const std::vector<bool>& fresh,
                                     const std::vector<std::pair<size_t, const Type*>>& pinned,
                                     const std::vector<const Type*>& arg_types,
                                     const std::vector<const Expr*>& args, const Type* expected) {
  for (size_t k = 0; k < TypeParamCount(f) && k < type_args.size() && k < fresh.size(); ++k) {
    if (!fresh[k] || type_args[k]->kind != TypeKind::Proxy) continue;
    bool is_pinned = false;
    for (auto [j, c] : pinned) is_pinned = is_pinned || j == k;
    if (is_pinned) continue;
    const Type* now = Walk(type_args[k]);
    if (now->kind == TypeKind::Proxy || HasProxy(now) || DeepBase(now) != now) continue;
    // The lower bounds (covariant places) first: all the same subset type of `now`.
    const Type* c = nullptr;
    bool ok = true;
    std::vector<std::pair<const Type*, Polarity>> others;
    for (size_t i = 0; i < params.size() && i < arg_types.size() && ok; ++i) {
      if (LiteralForTypeParam(f, params, k, i, arg_types, args)) continue;
      MatchTypeParams(rp_->TypeOf(params[i]), arg_types[i], f, Polarity::Co,
                      [&](size_t j, const Type* t, Polarity p) {
                        if (j != k) return;
                        if (p != Polarity::Co) {
                          others.emplace_back(t, p);
                          return;
                        }
                        const Type* w = Walk(t);
                        if (HasProxy(w) || (c && c != w)) ok = false;
                        c = w;
                      });
    }
    if (!ok || !c || c == now || DeepBase(c) != now) continue;
    for (auto [t, p] : others) {
      const Type* w = Walk(t);
      if (w == c || w->kind == TypeKind::Proxy) continue;
      if (p == Polarity::Contra && w == now) continue;
      ok = false;
    }
    if (ok && expected && f->kind == DeclKind::Function) {
      auto result = rp_->function_result_.find(static_cast<const FunctionDecl*>(f));
      if (result != rp_->function_result_.end()) {
        MatchTypeParams(result->second, expected, f, Polarity::Co,
                        [&](size_t j, const Type* t, Polarity p) {
                          if (j != k || HasProxy(t)) return;
                          const Type* w = Walk(t);
                          if (w == c || (p == Polarity::Co && w == now)) return;
                          ok = false;
                        });
      }
    }
    if (ok) proxy_binding_[type_args[k]->width] = c;
  }
}

}  // namespace dfy::resolve
