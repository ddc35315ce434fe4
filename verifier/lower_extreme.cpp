// Extreme (least and greatest) predicates, as Dafny encodes them (Verifier/BoogieGenerator.
// Extremes.cs): each extreme predicate P has a prefix predicate P#, its approximation of depth
// k (a nat or an ORDINAL). P's own definition is its fixpoint equation; P# unfolds P's body
// with the recursive calls at depth k - 1, and the prefix axioms tie P to P#:
//   least:    P(x) <==> exists k :: P#[k](x),  and P#[0](x) is false;
//   greatest: P(x) <==> forall k :: P#[k](x),  and P#[0](x) is true.
#include <fmt/format.h>

#include <functional>

#include "frontend/ast_visit.h"
#include "frontend/resolve_extreme.h"
#include "verifier/encoder.h"

namespace dfy::verify {

bool IsExtremePredicate(const FunctionDecl* f) {
  return f && (f->flavor == FunctionFlavor::LeastPredicate ||
               f->flavor == FunctionFlavor::GreatestPredicate);
}

bool IsExtremeLemma(const Decl* d) {
  if (!d || d->kind != DeclKind::Method) return false;
  auto fl = static_cast<const MethodDecl*>(d)->flavor;
  return fl == MethodFlavor::LeastLemma || fl == MethodFlavor::GreatestLemma;
}

// The index of k among a prefix predicate's arguments: after the layer, the heaps and the
// receiver, before the parameters.
static unsigned DepthIndex(Symbols& sym, const FunctionDecl* f) {
  unsigned lead = 1;
  if (Symbols::TwoState(f)) lead += static_cast<unsigned>(sym.HeapParts().size());
  if (Symbols::ReadsHeap(f)) lead += static_cast<unsigned>(sym.HeapParts().size());
  if (sym.HasReceiver(f)) ++lead;
  return lead;
}

z3::sort Symbols::DepthSort(const FunctionDecl* f) {
  return f->k_type == "nat" ? c.int_sort() : Ordinals().sort;
}

z3::func_decl Symbols::PrefixFunction(const FunctionDecl* f, const Instance& inst) {
  z3::func_decl fn = Function(f, inst);
  std::string key = fn.name().str() + "#";
  if (auto it = prefix_functions_.find(key); it != prefix_functions_.end()) return it->second;
  unsigned at = DepthIndex(*this, f);
  z3::sort_vector domain(c);
  for (unsigned i = 0; i < fn.arity(); ++i) {
    if (i == at) domain.push_back(DepthSort(f));
    domain.push_back(fn.domain(i));
  }
  if (at == fn.arity()) domain.push_back(DepthSort(f));
  z3::func_decl decl = c.function(key.c_str(), domain, c.bool_sort());
  prefix_functions_.emplace(key, decl);
  return decl;
}

z3::expr Lowerer::TrPrefixCall(const z3::expr& call, const FunctionDecl* f,
                               const Symbols::Instance& inst, const z3::expr& k) {
  unsigned at = DepthIndex(sym_, f);
  z3::expr_vector args(c_);
  for (unsigned i = 0; i < call.num_args(); ++i) {
    if (i == at) args.push_back(k);
    args.push_back(call.arg(i));
  }
  if (at == call.num_args()) args.push_back(k);
  return sym_.PrefixFunction(f, inst)(args);
}

z3::expr Lowerer::DepthValue(bool nat, const z3::expr& k) {
  if (!nat && k.is_int()) return sym_.Ordinals().from_nat(k);
  return k;
}

// k - 1, for a depth k that is a successor (or positive).
z3::expr Lowerer::DepthPredecessor(const z3::expr& k) {
  if (k.is_int()) return k - 1;
  return sym_.Ordinals().minus(k, sym_.Ordinals().from_nat(c_.int_val(1)));
}

void Lowerer::CollectFocalCalls(const Expr* e, const FunctionDecl* f,
                                std::vector<const CallExpr*>& out) {
  if (e->kind == ExprKind::Call) {
    auto* call = static_cast<const CallExpr*>(e);
    const FunctionDecl* g = rp_.CalleeOf(call).function;
    if (call->callee->kind != ExprKind::PrefixName && IsExtremePredicate(g) &&
        g->flavor == f->flavor && graph_.SameCluster(g, f)) {
      out.push_back(call);
    }
  }
  ForEachSubExpr(e, [&](const Expr* x) { CollectFocalCalls(x, f, out); });
}

// The prefix axioms of extreme predicate f (from AxiomsOf, whose bound variables and guard they
// share): `args` are f's arguments (layer, heaps, receiver, parameters) over `bound`.
void Lowerer::PrefixAxioms(const FunctionDecl* f, const Symbols::Instance& inst,
                           const std::vector<z3::expr>& bound, const z3::expr_vector& args,
                           const Env& env, const z3::expr& guard, std::vector<z3::expr>& axioms) {
  bool least = f->flavor == FunctionFlavor::LeastPredicate;
  bool nat = f->k_type == "nat";
  const auto& ord = sym_.Ordinals();
  z3::func_decl fn = sym_.Function(f, inst);
  z3::expr ly = bound[0];
  z3::expr k = c_.constant("_k#ax", sym_.DepthSort(f));
  z3::expr k_ok = nat ? k >= 0 : c_.bool_val(true);
  std::vector<z3::expr> with_k = bound;
  with_k.push_back(k);
  // args with the layer replaced.
  auto at_layer = [&](const z3::expr& layer) {
    z3::expr_vector a(c_);
    a.push_back(layer);
    for (unsigned i = 1; i < args.size(); ++i) a.push_back(args[i]);
    return a;
  };
  z3::expr_vector args_s = at_layer(sym_.ls(ly));
  z3::expr p_s = fn(args_s);
  z3::expr pre_s = TrPrefixCall(p_s, f, inst, k);
  z3::expr pre_ly = TrPrefixCall(fn(at_layer(ly)), f, inst, k);
  // Definition of P#: P's body with the focal calls at depth k - 1, when k is a successor;
  // at a limit ordinal, every (least: some) smaller depth.
  std::vector<const CallExpr*> focal;
  if (f->body && rp_.BodyVisibleFrom(f, decl_)) {
    CollectFocalCalls(f->body, f, focal);
    for (const CallExpr* call : focal) prefix_calls_.insert_or_assign(call, true);
    Env at_k = env;
    at_k.insert_or_assign(&prefix_k_var_, k);
    z3::expr body = Tr(f->body, at_k, ly);
    for (const CallExpr* call : focal) prefix_calls_.erase(call);
    z3::expr successor = nat ? k > 0 : ord.offset(k) > 0;
    z3::expr def = least ? successor && body : z3::implies(successor, body);
    if (!nat) {
      z3::expr k2 = c_.constant("_k'#ax", ord.sort);
      z3::expr smaller = TrPrefixCall(fn(at_layer(ly)), f, inst, k2);
      z3::expr limit = least ? z3::exists(k2, ord.less(k2, k) && smaller)
                             : Forall(c_, {k2}, z3::implies(ord.less(k2, k), smaller), {smaller});
      def = least ? def || (ord.offset(k) == 0 && limit)
                  : def && z3::implies(ord.offset(k) == 0, limit);
    }
    axioms.push_back(Forall(c_, with_k, z3::implies(guard && k_ok, pre_s == def), {pre_s}));
  }
  // Layer synonym.
  axioms.push_back(Forall(c_, with_k, pre_s == pre_ly, {pre_s}));
  // P(x) <==> exists (forall) k :: P#[k](x).
  z3::expr some_k = least ? z3::exists(k, k_ok && pre_s)
                          : Quantifier(c_, true, {k}, z3::implies(k_ok, pre_s), {{pre_s}});
  axioms.push_back(Forall(c_, bound, z3::implies(guard && p_s, some_k), {p_s}));
  axioms.push_back(Forall(c_, bound, z3::implies(guard && some_k, p_s), {p_s}));
  // P#[0](x) is false (least) or true (greatest).
  z3::expr zero = nat ? k == 0 : k == ord.from_nat(c_.int_val(0));
  axioms.push_back(
      Forall(c_, with_k, z3::implies(guard && zero, least ? !pre_ly : pre_ly), {pre_ly}));
  // Monotonicity of a least predicate's approximations below a limit (Dafny's targeted axiom).
  if (least && !nat) {
    z3::expr m = c_.constant("_m#ax", ord.sort), limit = c_.constant("_limit#ax", ord.sort);
    z3::expr pre_m = TrPrefixCall(fn(at_layer(ly)), f, inst, m);
    std::vector<z3::expr> vars = with_k;
    vars.push_back(m);
    vars.push_back(limit);
    axioms.push_back(
        Forall(c_, vars, z3::implies(guard && ord.less(k, m) && pre_ly, pre_m),
               {pre_ly, ord.less_than_limit(k, limit), ord.less_than_limit(m, limit)}));
  }
}

// --- extreme lemmas -------------------------------------------------------------------------
// An extreme lemma L is proved through its prefix lemma L#[k] (Dafny's PrefixLemma): for a
// greatest lemma, its postconditions with their friendly calls P(x) as P#[k](x); for a least
// lemma, its preconditions so. Its body runs when k is a successor, with the focal predicates
// and the recursive calls of the lemmas of its cluster at depth k - 1; at a limit ordinal, every
// smaller depth holds (well-founded induction on k). Calls of L elsewhere use L's own
// specification, which the prefix lemma at every depth justifies.

bool Lowerer::MarkFriendlyCalls(const MethodDecl* m) {
  if (auto it = friendly_marked_.find(m); it != friendly_marked_.end()) return it->second;
  bool co = m->flavor == MethodFlavor::GreatestLemma;
  std::vector<const Expr*> calls;
  for (const Spec& s : co ? m->ensures : m->requires_) {
    FriendlyCalls(rp_, s.expr, co, m->k_type == "nat", true, calls);
  }
  for (const Expr* call : calls) prefix_calls_.insert_or_assign(call, false);
  friendly_marked_[m] = !calls.empty();
  return !calls.empty();
}

// The resolver's `_k` of an extreme lemma's body (a variable no parameter list holds).
static const Var* DepthVarOf(const ResolvedProgram& rp, const MethodDecl* m) {
  const Var* found = nullptr;
  std::function<void(const Expr*)> expr = [&](const Expr* e) {
    if (e->kind == ExprKind::Name) {
      const Var* v = rp.BindingOf(e).var;
      if (v && v->name == "_k" && v->kind == VarKind::InParam &&
          std::find(m->ins.begin(), m->ins.end(), v) == m->ins.end()) {
        found = v;
      }
    }
    ForEachSubExpr(e, expr);
  };
  std::function<void(const Stmt*)> stmt = [&](const Stmt* s) { ForEachChild(s, expr, stmt); };
  if (m->body) stmt(m->body);
  return found;
}

void Lowerer::BeginPrefixLemma(const MethodDecl* m) {
  bool nat = m->k_type == "nat";
  z3::expr k = c_.constant("_k", nat ? c_.int_sort() : sym_.Ordinals().sort);
  env_.insert_or_assign(&prefix_k_var_, k);
  if (const Var* v = DepthVarOf(rp_, m)) env_.insert_or_assign(v, k);
  if (nat) Assume(k >= 0);
  MarkFriendlyCalls(m);
  // The focal predicates: those of the friendly calls, with the extreme predicates of the same
  // kind in their clusters.
  bool co = m->flavor == MethodFlavor::GreatestLemma;
  std::vector<const FunctionDecl*> friendly;
  std::set<const Decl*> codatatypes;  // those of the friendly equalities
  for (const auto& [e, below] : prefix_calls_) {
    if (below) continue;
    if (e->kind == ExprKind::Call) {
      friendly.push_back(rp_.CalleeOf(static_cast<const CallExpr*>(e)).function);
    } else {
      codatatypes.insert(rp_.TypeOf(static_cast<const BinaryExpr*>(e)->lhs)->decl);
    }
  }
  auto focal = [&](const FunctionDecl* g) {
    if (!IsExtremePredicate(g) || (g->flavor == FunctionFlavor::GreatestPredicate) != co) {
      return false;
    }
    for (const FunctionDecl* f : friendly) {
      if (f == g || graph_.SameCluster(f, g)) return true;
    }
    return false;
  };
  std::function<void(const Expr*)> expr = [&](const Expr* e) {
    if (e->kind == ExprKind::Call) {
      auto* call = static_cast<const CallExpr*>(e);
      if (call->callee->kind != ExprKind::PrefixName && focal(rp_.CalleeOf(call).function)) {
        prefix_calls_.insert_or_assign(call, true);
      }
    } else if (e->kind == ExprKind::Binary) {
      auto* b = static_cast<const BinaryExpr*>(e);
      const Type* t = rp_.TypeOf(b->lhs);
      if ((b->op == BinaryOp::Eq || b->op == BinaryOp::Neq) && IsCodatatype(t) &&
          codatatypes.count(t->decl)) {
        prefix_calls_.insert_or_assign(b, true);
      }
    }
    ForEachSubExpr(e, expr);
  };
  std::function<void(const Stmt*)> stmt = [&](const Stmt* s) { ForEachChild(s, expr, stmt); };
  if (m->body) stmt(m->body);
}

std::optional<z3::expr> Lowerer::CallDepth(const CallExpr* call, const MethodDecl* m) {
  if (!IsExtremeLemma(m)) return std::nullopt;
  bool nat = m->k_type == "nat";
  if (call->callee->kind == ExprKind::PrefixName) {
    auto* pn = static_cast<const PrefixNameExpr*>(call->callee);
    WellFormed(pn->depth, c_.bool_val(true));
    return DepthValue(nat, Tr(pn->depth));
  }
  auto k = env_.find(&prefix_k_var_);
  if (k == env_.end() || !method_ || !graph_.SameCluster(m, method_)) return std::nullopt;
  return DepthPredecessor(k->second);
}

void Lowerer::LowerPrefixLemmaBody(const MethodDecl* m, bool tail) {
  const z3::expr k = env_.at(&prefix_k_var_);
  bool nat = k.is_int();
  const auto& ord = sym_.Ordinals();
  z3::expr successor = nat ? k > 0 : ord.offset(k) > 0;
  vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
  vir::Block* body_block = NewBranch(choice);
  vir::Block* other_block = NewBranch(choice);
  vir::Block* parent = cur_;
  Env before = env_;
  std::vector<std::pair<vir::Block*, Env>> live;
  cur_ = body_block;
  terminated_ = false;
  Assume(successor);
  LowerBlock(m->body, tail);
  if (!terminated_) live.emplace_back(cur_, env_);
  cur_ = other_block;
  env_ = before;
  terminated_ = false;
  Assume(!successor);
  if (tail) MarkReturnPoint(std::nullopt);
  if (!nat) {
    // At a limit ordinal: forall k' < k, x' | pre(k', x') :: post(k', x').
    Env ih = entry_env_;
    std::vector<z3::expr> bound;
    z3::expr smaller = c_.constant("_k'", ord.sort);
    bound.push_back(smaller);
    ih.insert_or_assign(&prefix_k_var_, smaller);
    z3::expr range = ord.less(smaller, k);
    for (const Var* p : m->ins) {
      z3::expr x = sym_.Fresh(p->name + "#lim", rp_.TypeOf(p));
      bound.push_back(x);
      ih.insert_or_assign(p, x);
      range = range && BoundRange(rp_.TypeOf(p), x);
    }
    // (At every layer of fuel, as the induction hypothesis.)
    z3::expr layer = c_.constant("ly#lim", sym_.layer);
    bound.push_back(layer);
    for (const Spec& r : m->requires_) range = range && Tr(r.expr, ih, layer);
    z3::expr post = c_.bool_val(true);
    for (const Spec& s : m->ensures) post = post && Tr(s.expr, ih, layer);
    // (Friendly calls outside the fuel's cluster take the default layer: then the layer is
    // bound by nothing, and a quantifier over a variable no term holds has no pattern at all,
    // so Z3 would never instantiate it.)
    z3::expr whole = z3::implies(range, post);
    if (!Mentions(whole, layer)) bound.pop_back();
    std::vector<std::vector<z3::expr>> patterns;
    for (const z3::expr& t : CollectTriggers(whole, bound)) {
      patterns.push_back({t});
      // P#[k'](x) at one layer less too: the prefix definition's limit clause names its
      // smaller depths at its own layer, which only P#'s layer synonym (triggered from the
      // layer above) relates to the calls here.
      if (t.is_app() && t.num_args() > 0 && t.arg(0).is_app() && z3::eq(t.arg(0).decl(), sym_.ls)) {
        z3::expr_vector args(c_);
        args.push_back(t.arg(0).arg(0));
        for (unsigned i = 1; i < t.num_args(); ++i) args.push_back(t.arg(i));
        patterns.push_back({t.decl()(args)});
      }
    }
    Assume(Quantifier(c_, true, bound, whole, patterns));
  }
  live.emplace_back(cur_, env_);
  cur_ = parent;
  Join(live, false);
  cur_->cmds.push_back(std::move(choice));
}

}  // namespace dfy::verify
