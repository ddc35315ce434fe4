// Function values (arrow types), as Dafny encodes them without the heap: a value of type
// A -> B or A --> B is an uninterpreted handle; Apply(f, a) is its result and Requires(f, a)
// its precondition. A lambda is a function of its free variables whose Apply and Requires are
// defined by axioms (shared by identical lambdas, as comprehensions are); a named function used
// as a value is a handle defined the same way. A total arrow (->) is the partial one (-->) with
// the constraint that Requires holds everywhere, checked where a value is made.
#include <fmt/format.h>

#include <functional>

#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

const Symbols::ArrowInfo& Symbols::Arrow(const Type* t) {
  t = Erase(Apply(t));
  // ->, --> and ~> over the same types share one sort: a total function is a partial one.
  std::string key;
  for (size_t i = 0; i + 1 < t->args.size(); ++i) key += (i ? "," : "") + TypeKey(t->args[i]);
  key = "(" + key + ")->" + TypeKey(t->args.back());
  auto it = arrows_.find(key);
  if (it != arrows_.end()) return it->second;
  z3::sort sort = c.uninterpreted_sort(("Arrow" + key).c_str());
  z3::sort_vector domain(c);
  domain.push_back(sort);
  for (size_t i = 0; i + 1 < t->args.size(); ++i) domain.push_back(SortOf(t->args[i]));
  ArrowInfo info{sort, c.function(("Apply" + key).c_str(), domain, SortOf(t->args.back())),
                 c.function(("Requires" + key).c_str(), domain, c.bool_sort())};
  return arrows_.emplace(key, info).first->second;
}

// Dafny's $Is for a function value: a total arrow's precondition holds everywhere, and each
// result (where the precondition holds) is of the result type.
z3::expr Lowerer::ArrowIs(const Type* t, const z3::expr& f) {
  t = sym_.Apply(t);
  const auto& info = sym_.Arrow(t);
  std::vector<z3::expr> xs;
  z3::expr range = c_.bool_val(true);
  z3::expr_vector args(c_);
  args.push_back(f);
  for (size_t i = 0; i + 1 < t->args.size(); ++i) {
    xs.push_back(sym_.Fresh("$a", t->args[i]));
    range = range && BoundRange(t->args[i], xs.back());
    args.push_back(xs.back());
  }
  z3::expr pre = info.requires_(args);
  z3::expr body = c_.bool_val(true);
  if (t->name == "->") body = pre;
  const Type* result = t->args.back();
  if (HasSubsetType(result)) body = body && z3::implies(pre, IsType(result, info.apply(args)));
  if (xs.empty()) return body;
  return Quantifier(c_, true, xs, z3::implies(range, body), {{info.apply(args)}, {pre}});
}

bool Lowerer::IsArrowCall(const CallExpr* call) const {
  const Binding& b = rp_.CalleeOf(call);
  if (b.function || b.method || (b.datatype && b.ctor >= 0)) return false;
  const Expr* callee = call->callee;
  if (callee->kind == ExprKind::Select &&
      static_cast<const SelectExpr*>(callee)->member == "requires") {
    const Type* t = rp_.TypeOf(static_cast<const SelectExpr*>(callee)->object);
    return t && t->kind == TypeKind::Arrow;
  }
  const Type* t = rp_.TypeOf(callee);
  return t && t->kind == TypeKind::Arrow;
}

z3::expr Lowerer::TrArrowCall(const CallExpr* call, const Env& env, const z3::expr& layer) {
  const Expr* callee = call->callee;
  // f.requires(args)
  if (callee->kind == ExprKind::Select &&
      static_cast<const SelectExpr*>(callee)->member == "requires") {
    const Expr* f = static_cast<const SelectExpr*>(callee)->object;
    z3::expr_vector args(c_);
    args.push_back(Tr(f, env, layer));
    for (const Expr* a : call->args) args.push_back(Tr(a, env, layer));
    return sym_.Arrow(rp_.TypeOf(f)).requires_(args);
  }
  z3::expr_vector args(c_);
  args.push_back(Tr(callee, env, layer));
  for (const Expr* a : call->args) args.push_back(Tr(a, env, layer));
  return sym_.Arrow(rp_.TypeOf(callee)).apply(args);
}

void Lowerer::WellFormedArrowCall(const CallExpr* call, const z3::expr& guard, bool subsume) {
  const Expr* callee = call->callee;
  bool requires_of = callee->kind == ExprKind::Select &&
                     static_cast<const SelectExpr*>(callee)->member == "requires";
  const Expr* f = requires_of ? static_cast<const SelectExpr*>(callee)->object : callee;
  WellFormed(f, guard, subsume);
  const Type* t = sym_.Apply(rp_.TypeOf(f));
  z3::expr_vector args(c_);
  args.push_back(Tr(f));
  for (size_t i = 0; i < call->args.size(); ++i) {
    WellFormed(call->args[i], guard, subsume);
    z3::expr a = Tr(call->args[i]);
    if (i + 1 < t->args.size()) CheckSubset(t->args[i], call->args[i], a, guard);
    args.push_back(a);
  }
  // A total arrow's values are total: every one was checked so where it was made.
  if (requires_of || t->name == "->") return;
  Assert(Obligation::FunctionPrecondition, callee->tok,
         z3::implies(guard, sym_.Arrow(t).requires_(args)));
}

z3::expr Lowerer::TrLambda(const LambdaExpr* l, const Env& env, const z3::expr& layer) {
  const Type* t = sym_.Apply(rp_.TypeOf(l));
  const auto& info = sym_.Arrow(t);
  Env inner = env;
  std::vector<z3::expr> bound;
  z3::expr range = BindFresh({l->params.begin(), l->params.end()}, inner, bound);
  z3::expr pre = range;
  for (const Expr* r : l->requires_) pre = pre && Tr(r, inner, layer);
  z3::expr body = Tr(l->body, inner, layer);
  std::vector<z3::expr> free;
  std::set<unsigned> seen;
  for (const z3::expr& b : bound) seen.insert(b.id());
  z3::expr open = pre && body == body;
  FreeConstants(open, free, seen);
  auto [fn, is_new] = ComprehensionFunction("$lambda", open, free, bound, info.sort);
  z3::expr_vector free_args(c_);
  for (const z3::expr& x : free) free_args.push_back(x);
  z3::expr value = fn(free_args);
  if (is_new) {
    std::vector<z3::expr> vars = free;
    vars.insert(vars.end(), bound.begin(), bound.end());
    z3::expr_vector args(c_);
    args.push_back(value);
    for (const z3::expr& b : bound) args.push_back(b);
    z3::expr apply = info.apply(args), pre_of = info.requires_(args);
    sym_.AddAxiom(Forall(c_, vars, pre_of == pre, {pre_of}));
    sym_.AddAxiom(Forall(c_, vars, z3::implies(range, apply == body), {apply}));
  }
  return value;
}

void Lowerer::WellFormedLambda(const LambdaExpr* l, const z3::expr& guard, bool subsume) {
  Env saved = env_;
  std::vector<z3::expr> bound;
  z3::expr inner = guard && BindFresh({l->params.begin(), l->params.end()}, env_, bound);
  for (const Expr* r : l->requires_) {
    WellFormed(r, inner, subsume);
    inner = inner && Tr(r);
  }
  WellFormed(l->body, inner, subsume);
  env_ = saved;
}

// seq(n, f): Dafny's Seq#Create, a sequence of length n whose element i is f(i).
z3::expr Lowerer::TrSeqConstruction(const SeqConstructionExpr* e, const Env& env,
                                    const z3::expr& layer) {
  const Type* t = sym_.Apply(rp_.TypeOf(e));
  const auto& q = sym_.SeqOf(t);
  const Type* ft = sym_.Apply(rp_.TypeOf(e->init));
  const auto& arrow = sym_.Arrow(ft);
  std::string name = "Seq#Create_" + q.sort.name().str();
  z3::func_decl create = c_.function(name.c_str(), c_.int_sort(), arrow.sort, q.sort);
  if (sym_.function_handles.insert(name).second) {
    z3::expr n = c_.constant("n", c_.int_sort());
    z3::expr f = c_.constant("f", arrow.sort);
    z3::expr i = c_.constant("i", c_.int_sort());
    z3::expr s = create(n, f);
    z3::expr_vector args(c_);
    args.push_back(f);
    args.push_back(i);
    sym_.AddAxiom(Forall(c_, {n, f}, z3::implies(0 <= n, q.length(s) == n), {s}));
    sym_.AddAxiom(Forall(c_, {n, f, i},
                         z3::implies(0 <= i && i < n, q.index(s, i) == arrow.apply(args)),
                         {q.index(s, i)}));
  }
  return create(Tr(e->length, env, layer), Tr(e->init, env, layer));
}

void Lowerer::WellFormedSeqConstruction(const SeqConstructionExpr* e, const z3::expr& guard,
                                        bool subsume) {
  WellFormed(e->length, guard, subsume);
  WellFormed(e->init, guard, subsume);
  z3::expr n = Tr(e->length);
  Assert(Obligation::SeqSizeNonNegative, e->length->tok, z3::implies(guard, 0 <= n));
  const Type* ft = sym_.Apply(rp_.TypeOf(e->init));
  const auto& arrow = sym_.Arrow(ft);
  z3::expr i = sym_.Fresh("$i", rp_.types.Int());
  z3::expr_vector args(c_);
  args.push_back(Tr(e->init));
  args.push_back(i);
  z3::expr pre = arrow.requires_(args);
  Assert(Obligation::SeqInitDomain, e->tok,
         z3::implies(guard, Forall(c_, {i}, z3::implies(0 <= i && i < n, pre), {pre})));
}

// A named function used as a value: a handle whose Apply is the function.
// An instance function of a class used as a value (F on `this`) is a handle of the object.
z3::expr Lowerer::TrFunctionHandle(const FunctionDecl* f, const Type* t,
                                   std::optional<z3::expr> receiver) {
  const auto& info = sym_.Arrow(t);
  std::string name = sym_.QualifiedName(f) + "#handle";
  bool has_receiver = sym_.HasReceiver(f);
  z3::expr self = c_.constant("this#h", sym_.ref_sort);
  z3::func_decl handle = has_receiver ? c_.function(name.c_str(), sym_.ref_sort, info.sort)
                                      : c_.function(name.c_str(), 0, nullptr, info.sort);
  z3::expr h = has_receiver ? handle(self) : handle();
  z3::expr value = has_receiver ? handle(*receiver) : h;
  if (!sym_.function_handles.insert(name).second) return value;
  std::vector<z3::expr> xs;
  if (has_receiver) xs.push_back(self);
  Env env;
  if (has_receiver) env.insert_or_assign(&this_var_, self);
  z3::expr range = c_.bool_val(true);
  std::vector<z3::expr> call_args{sym_.BaseLayer()};
  if (has_receiver) call_args.push_back(self);
  for (const Var* p : f->params) {
    xs.push_back(sym_.Fresh(p->name, rp_.TypeOf(p)));
    env.insert_or_assign(p, xs.back());
    range = range && BoundRange(rp_.TypeOf(p), xs.back());
    call_args.push_back(xs.back());
  }
  z3::expr pre = range;
  for (const Spec& r : f->requires_) pre = pre && Tr(r.expr, env, sym_.BaseLayer());
  z3::expr_vector args(c_);
  args.push_back(h);
  for (size_t i = has_receiver ? 1 : 0; i < xs.size(); ++i) args.push_back(xs[i]);
  z3::expr_vector fargs(c_);
  for (const z3::expr& a : call_args) fargs.push_back(a);
  z3::expr apply = info.apply(args), pre_of = info.requires_(args);
  if (xs.empty()) {
    sym_.AddAxiom(pre_of == pre);
    sym_.AddAxiom(apply == sym_.Function(f)(fargs));
  } else {
    sym_.AddAxiom(Forall(c_, xs, pre_of == pre, {pre_of}));
    sym_.AddAxiom(Forall(c_, xs, z3::implies(range, apply == sym_.Function(f)(fargs)), {apply}));
  }
  return value;
}

}  // namespace dfy::verify
