// Sequences, strings, sets, multisets and maps: their expressions, in the theory of
// verifier/theories/collections.h, and the well-formedness checks of indexing and slicing.
#include <fmt/format.h>

#include <functional>
#include <set>
#include <stdexcept>

#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

const Type* Collection(const ResolvedProgram& rp, const Type* t) {
  t = Underlying(rp, t);
  if (t->kind == TypeKind::String) return rp.types.Seq(rp.types.Char());
  return t;
}

namespace {

bool IsCollection(const Type* t) {
  switch (t->kind) {
    case TypeKind::String:
    case TypeKind::Seq:
    case TypeKind::Set:
    case TypeKind::ISet:
    case TypeKind::Multiset:
    case TypeKind::Map:
    case TypeKind::IMap:
      return true;
    default:
      return false;
  }
}

}  // namespace

const Collections::SeqOps& Symbols::SeqOf(const Type* t) {
  t = Collection(rp, t);
  return coll.Seq(SortOf(t->args[0]));
}

const Collections::SetOps& Symbols::SetOf(const Type* t) {
  return t->kind == TypeKind::ISet ? coll.ISet(SortOf(t->args[0])) : coll.Set(SortOf(t->args[0]));
}

const Collections::MultisetOps& Symbols::MultisetOf(const Type* t) {
  return coll.Multiset(SortOf(t->args[0]));
}

const Collections::MapOps& Symbols::MapOf(const Type* t) {
  return t->kind == TypeKind::IMap ? coll.IMap(SortOf(t->args[0]), SortOf(t->args[1]))
                                   : coll.Map(SortOf(t->args[0]), SortOf(t->args[1]));
}

std::optional<z3::func_decl> Symbols::CollectionEquality(const Type* t) {
  t = Collection(rp, t);
  switch (t->kind) {
    case TypeKind::Seq:
      return SeqOf(t).equal;
    case TypeKind::Set:
    case TypeKind::ISet:
      return SetOf(t).equal;
    case TypeKind::Multiset:
      return MultisetOf(t).equal;
    case TypeKind::Map:
    case TypeKind::IMap:
      return MapOf(t).equal;
    default:
      return std::nullopt;
  }
}

z3::expr Lowerer::EqualValues(const z3::expr& a, const z3::expr& b, const Type* t) {
  if (auto eq = sym_.CollectionEquality(t)) return (*eq)(a, b);
  return a == b;
}

void ClosedSubterms(const z3::expr& t, std::vector<z3::expr>& out, std::set<unsigned>& seen) {
  const std::set<unsigned> locals = seen;
  std::map<unsigned, bool> open_memo;
  // Whether u mentions a local or a variable bound inside `t`.
  std::function<bool(const z3::expr&)> open = [&](const z3::expr& u) {
    if (u.is_var()) return true;
    if (auto it = open_memo.find(u.id()); it != open_memo.end()) return it->second;
    bool result = false;
    if (u.is_quantifier()) {
      result = open(u.body());
    } else if (u.is_app()) {
      result = u.num_args() == 0 && locals.count(u.id());
      for (unsigned i = 0; i < u.num_args() && !result; ++i) result = open(u.arg(i));
    }
    open_memo[u.id()] = result;
    return result;
  };
  std::function<void(const z3::expr&)> visit = [&](const z3::expr& u) {
    // (Only a term Z3 accepts in a pattern is extracted whole, an application of a function,
    // of arithmetic or of select: the comprehension's applications may be in patterns. A
    // formula, an if-then-else or a quantifier is not; its terms are.)
    bool term = false;
    if (u.is_app()) {
      switch (u.decl().decl_kind()) {
        case Z3_OP_UNINTERPRETED:
        case Z3_OP_ADD:
        case Z3_OP_SUB:
        case Z3_OP_MUL:
        case Z3_OP_UMINUS:
        case Z3_OP_IDIV:
        case Z3_OP_MOD:
        case Z3_OP_DIV:
        case Z3_OP_SELECT:
          term = true;
          break;
        default:
          break;
      }
    }
    if (!open(u) && term) {
      bool value = u.is_numeral() || u.is_true() || u.is_false();
      if (!value && seen.insert(u.id()).second) out.push_back(u);
      return;
    }
    if (u.is_quantifier()) {
      visit(u.body());
    } else if (u.is_app()) {
      for (unsigned i = 0; i < u.num_args(); ++i) visit(u.arg(i));
    }
  };
  visit(t);
}

void FreeConstants(const z3::expr& t, std::vector<z3::expr>& out, std::set<unsigned>& seen) {
  if (!t.is_app()) return;
  if (t.num_args() == 0 && t.decl().decl_kind() == Z3_OP_UNINTERPRETED) {
    if (seen.insert(t.id()).second) out.push_back(t);
    return;
  }
  for (unsigned i = 0; i < t.num_args(); ++i) FreeConstants(t.arg(i), out, seen);
}

// map x | R(x) :: K(x) := V(x): a function of the free variables whose keys are the K(x) and
// whose value at K(x) is V(x), for every x in the range (V is a function of K: checked in
// well-formedness).
z3::expr Lowerer::TrKeyedMapComprehension(const MapComprehensionExpr* mc,
                                          const std::vector<z3::expr>& bound, const z3::expr& range,
                                          const Env& inner, const z3::expr& layer) {
  const Type* t = rp_.TypeOf(mc);
  const auto& ops = sym_.MapOf(t);
  z3::func_decl keys_member =
      t->kind == TypeKind::Map ? sym_.coll.Set(ops.key).member : sym_.coll.ISet(ops.key).member;
  z3::expr key = mc->key ? Tr(mc->key, inner, layer) : bound[0];
  z3::expr value = Tr(mc->value, inner, layer);
  z3::expr y = sym_.Fresh("$y", t->args[0]);
  std::vector<z3::expr> free;
  std::set<unsigned> seen{y.id()};
  for (const z3::expr& b : bound) seen.insert(b.id());
  z3::expr open = range && key == key && value == value;
  FreeConstants(open, free, seen);
  std::vector<z3::expr> locals = bound;
  auto [fn, is_new] = ComprehensionFunction("$mapk", open, free, locals, sym_.SortOf(t));
  z3::expr_vector args(c_);
  for (const z3::expr& f : free) args.push_back(f);
  z3::expr m = fn(args);
  if (is_new) {
    std::vector<z3::expr> vars = free;
    vars.push_back(y);
    z3::expr in = keys_member(ops.domain(m), y);
    sym_.AddAxiom(Forall(c_, vars, in == z3::exists(ToVector(bound), range && key == y), {in}));
    // As Dafny: the bound values behind each key (a Skolem function of the key), which are in
    // the range and make that key; the value at the key is the value made from them.
    z3::expr_vector from(c_), to(c_);
    z3::sort_vector domain_sorts(c_);
    for (const z3::expr& f : free) domain_sorts.push_back(f.get_sort());
    domain_sorts.push_back(y.get_sort());
    z3::expr_vector inv_args(c_);
    for (const z3::expr& f : free) inv_args.push_back(f);
    inv_args.push_back(y);
    for (size_t i = 0; i < bound.size(); ++i) {
      z3::func_decl inv = c_.function(fmt::format("{}#inv{}", fn.name().str(), i).c_str(),
                                      domain_sorts, bound[i].get_sort());
      from.push_back(bound[i]);
      to.push_back(inv(inv_args));
    }
    z3::expr witness = (range && key == y).substitute(from, to);
    sym_.AddAxiom(Forall(c_, vars, z3::implies(in, witness), {in}));
    z3::expr at = ops.select(m, y);
    sym_.AddAxiom(
        Forall(c_, vars, z3::implies(in, at == z3::expr(value).substitute(from, to)), {at}));
  }
  return m;
}

// set x | R(x) :: T(x) and map x | R(x) :: V(x): a function of the comprehension's free
// variables, defined by membership (and the values of a map) for all of them.
z3::expr Lowerer::TrComprehension(const Expr* e, const Env& env, const z3::expr& layer) {
  const QuantifierDomain& domain = e->kind == ExprKind::SetComprehension
                                       ? static_cast<const SetComprehensionExpr*>(e)->domain
                                       : static_cast<const MapComprehensionExpr*>(e)->domain;
  auto [inner, bound, range] = BindDomain(domain, env, layer);
  const Type* t = rp_.TypeOf(e);
  z3::sort result = sym_.SortOf(t);
  // The member (or key) being defined: the bound variable itself when it is the term.
  auto term_is_the_variable = [&]() {
    const Expr* term = static_cast<const SetComprehensionExpr*>(e)->term;
    if (!term) return true;
    while (term->kind == ExprKind::Paren) term = static_cast<const ParenExpr*>(term)->inner;
    return term->kind == ExprKind::Name && rp_.BindingOf(term).var == domain.vars[0].var;
  };
  bool direct =
      bound.size() == 1 && (e->kind == ExprKind::MapComprehension || term_is_the_variable());
  z3::expr y = direct ? bound[0] : sym_.Fresh("$y", t->args[0]);
  z3::expr definition = c_.bool_val(true);
  z3::expr open_definition = definition;
  std::function<z3::expr(const z3::expr&)> member;
  if (e->kind == ExprKind::SetComprehension) {
    auto* sc = static_cast<const SetComprehensionExpr*>(e);
    z3::expr term = sc->term ? Tr(sc->term, inner, layer) : bound[0];
    open_definition = direct ? range : (range && term == y);
    // The existential triggered as the comprehension is ({arr[k]} in set k | .. :: arr[k]).
    definition = direct ? range
                        : Quantifier(c_, false, bound, open_definition,
                                     Patterns(domain, open_definition, bound, inner, layer));
    const auto& ops = sym_.SetOf(t);
    member = [&, ops](const z3::expr& s) { return ops.member(s, y); };
  } else {
    auto* mc = static_cast<const MapComprehensionExpr*>(e);
    if (mc->key || bound.size() != 1)
      return TrKeyedMapComprehension(mc, bound, range, inner, layer);
    z3::expr in_range = range;
    z3::expr value = Tr(mc->value, inner, layer);
    const auto& ops = sym_.MapOf(t);
    z3::func_decl keys_member =
        t->kind == TypeKind::Map ? sym_.coll.Set(ops.key).member : sym_.coll.ISet(ops.key).member;
    member = [&, ops, keys_member](const z3::expr& m) { return keys_member(ops.domain(m), y); };
    definition = in_range;
    // The values, on the domain.
    std::vector<z3::expr> free;
    std::set<unsigned> seen{y.id()};
    z3::expr open = in_range && value == value;
    ClosedSubterms(open, free, seen);
    auto [fn, is_new] = ComprehensionFunction("$map", open, free, {y}, result);
    z3::expr_vector args(c_);
    for (const z3::expr& f : free) args.push_back(f);
    z3::expr m = fn(args);
    if (is_new) {
      z3::expr_vector from(c_), to(c_);
      std::vector<z3::expr> vars = ParameterVars(free, from, to);
      z3::expr mp = fn(ToVector(vars));
      vars.push_back(y);
      z3::expr in_range_p = in_range.substitute(from, to);
      sym_.AddAxiom(Forall(c_, vars, member(mp) == in_range_p, {member(mp)}));
      sym_.AddAxiom(Forall(c_, vars,
                           z3::implies(in_range_p, ops.select(mp, y) == value.substitute(from, to)),
                           {ops.select(mp, y)}));
    }
    return m;
  }
  std::vector<z3::expr> free;
  std::set<unsigned> seen{y.id()};
  for (const z3::expr& b : bound) seen.insert(b.id());  // bound inside the definition
  ClosedSubterms(open_definition, free, seen);
  std::vector<z3::expr> locals{y};
  if (!direct) locals.insert(locals.end(), bound.begin(), bound.end());
  auto [fn, is_new] = ComprehensionFunction("$set", open_definition, free, locals, result);
  z3::expr_vector args(c_);
  for (const z3::expr& f : free) args.push_back(f);
  z3::expr s = fn(args);
  if (is_new) {
    z3::expr_vector from(c_), to(c_);
    std::vector<z3::expr> vars = ParameterVars(free, from, to);
    z3::expr sp = fn(ToVector(vars));
    vars.push_back(y);
    sym_.AddAxiom(Forall(c_, vars, member(sp) == definition.substitute(from, to), {member(sp)}));
  }
  return s;
}

// The function of a comprehension whose open definition (bound variables still free) is
// `open`, with free variables `free` and local ones `locals`: the same for the same definition
// up to renaming, a new one otherwise (then `second` is true and its axioms are to be made).
std::pair<z3::func_decl, bool> Lowerer::ComprehensionFunction(const char* prefix,
                                                              const z3::expr& open,
                                                              const std::vector<z3::expr>& free,
                                                              const std::vector<z3::expr>& locals,
                                                              const z3::sort& result) {
  z3::expr_vector from(c_), to(c_);
  for (size_t i = 0; i < free.size(); ++i) {
    from.push_back(free[i]);
    to.push_back(c_.constant(fmt::format("$f{}", i).c_str(), free[i].get_sort()));
  }
  for (size_t i = 0; i < locals.size(); ++i) {
    from.push_back(locals[i]);
    to.push_back(c_.constant(fmt::format("$l{}", i).c_str(), locals[i].get_sort()));
  }
  z3::expr canonical = z3::expr(open).substitute(from, to);
  std::string key = fmt::format("{}|{}|{}", prefix, result.to_string(), canonical.to_string());
  auto it = sym_.comprehensions.find(key);
  if (it != sym_.comprehensions.end()) return {it->second, false};
  z3::sort_vector domain_sorts(c_);
  for (const z3::expr& f : free) domain_sorts.push_back(f.get_sort());
  z3::func_decl fn = c_.function(fmt::format("{}#{}", prefix, sym_.comprehensions.size()).c_str(),
                                 domain_sorts, result);
  sym_.comprehensions.emplace(key, fn);
  return {fn, true};
}

// The variables of a comprehension's axioms for its parameters `free`: each constant itself,
// a fresh constant for a larger closed subterm (ClosedSubterms), which `from`/`to` replace.
std::vector<z3::expr> Lowerer::ParameterVars(const std::vector<z3::expr>& free,
                                             z3::expr_vector& from, z3::expr_vector& to) {
  std::vector<z3::expr> vars;
  for (const z3::expr& f : free) {
    if (f.num_args() == 0 && f.decl().decl_kind() == Z3_OP_UNINTERPRETED) {
      vars.push_back(f);
      continue;
    }
    z3::expr p = c_.constant(fmt::format("$p{}", vars.size()).c_str(), f.get_sort());
    from.push_back(f);
    to.push_back(p);
    vars.push_back(p);
  }
  return vars;
}

z3::expr_vector Lowerer::ToVector(const std::vector<z3::expr>& xs) {
  z3::expr_vector v(c_);
  for (const z3::expr& x : xs) v.push_back(x);
  return v;
}

z3::expr Lowerer::StringValue(const std::u32string& chars) {
  const auto& q = sym_.coll.Seq(c_.int_sort());
  z3::expr s = q.empty();
  for (char32_t ch : chars) s = q.build(s, c_.int_val(static_cast<int>(ch)));
  return s;
}

z3::expr Lowerer::TrDisplay(const Expr* e, const Env& env, const z3::expr& layer) {
  const Type* t = rp_.TypeOf(e);
  if (e->kind == ExprKind::MapDisplay) {
    auto* m = static_cast<const MapDisplayExpr*>(e);
    const auto& ops = sym_.MapOf(t);
    z3::expr r = ops.empty();
    bool literal = true;
    for (size_t i = 0; i < m->keys.size(); ++i) {
      z3::expr k = TrLit(m->keys[i], env, layer);
      z3::expr v = TrLit(m->values[i], env, layer);
      literal = literal && sym_.IsLit(k) && sym_.IsLit(v);
      r = ops.build(r, Unlit(k), Unlit(v));
    }
    return literal ? sym_.Lit(r) : r;
  }
  // Dafny lifts Lit over a display of literal elements, so that functions unfold on it.
  auto* d = static_cast<const DisplayExpr*>(e);
  bool literal = true;
  auto element = [&](const Expr* x) {
    z3::expr v = TrLit(x, env, layer);
    literal = literal && sym_.IsLit(v);
    return Unlit(v);
  };
  switch (t->kind) {
    case TypeKind::Seq:
    case TypeKind::String: {
      const auto& ops = sym_.SeqOf(t);
      z3::expr r = ops.empty();
      for (const Expr* x : d->elements) r = ops.build(r, element(x));
      return literal ? sym_.Lit(r) : r;
    }
    case TypeKind::Set:
    case TypeKind::ISet: {
      const auto& ops = sym_.SetOf(t);
      z3::expr r = ops.empty();
      for (const Expr* x : d->elements) r = ops.union_one(r, element(x));
      return literal ? sym_.Lit(r) : r;
    }
    case TypeKind::Multiset: {
      const auto& ops = sym_.MultisetOf(t);
      if (d->from_collection) {
        const Expr* src = d->elements[0];
        const Type* st = Collection(rp_, rp_.TypeOf(src));
        z3::expr x = Tr(src, env, layer);
        return st->kind == TypeKind::Seq ? ops.from_seq(x) : ops.from_set(x);
      }
      z3::expr r = ops.empty();
      for (const Expr* x : d->elements) r = ops.union_one(r, element(x));
      return literal ? sym_.Lit(r) : r;
    }
    default:
      throw std::logic_error("verifier: display of type " + TypeName(t));
  }
}

z3::expr Lowerer::TrCollectionExpr(const Expr* e, const Env& env, const z3::expr& layer) {
  switch (e->kind) {
    case ExprKind::Cardinality: {
      const Expr* x = static_cast<const CardinalityExpr*>(e)->operand;
      const Type* t = Collection(rp_, rp_.TypeOf(x));
      z3::expr v = Tr(x, env, layer);
      switch (t->kind) {
        case TypeKind::Seq:
          return sym_.SeqOf(t).length(v);
        case TypeKind::Set:
          return sym_.SetOf(t).card(v);
        case TypeKind::Multiset:
          return sym_.MultisetOf(t).card(v);
        case TypeKind::Map:
          return sym_.MapOf(t).card(v);
        default:
          break;
      }
      break;
    }
    case ExprKind::Index: {
      auto* ix = static_cast<const IndexExpr*>(e);
      const Type* t = Collection(rp_, rp_.TypeOf(ix->seq));
      z3::expr s = Tr(ix->seq, env, layer);
      z3::expr i = Tr(ix->indices[0], env, layer);
      switch (t->kind) {
        case TypeKind::Seq:
          return sym_.SeqOf(t).index(s, i);
        case TypeKind::Map:
        case TypeKind::IMap:
          return sym_.MapOf(t).select(s, i);
        case TypeKind::Multiset:
          return sym_.MultisetOf(t).count(s, i);
        default:
          break;
      }
      break;
    }
    case ExprKind::Slice: {
      auto* sl = static_cast<const SliceExpr*>(e);
      const Type* t = Collection(rp_, rp_.TypeOf(sl->seq));
      if (t->kind != TypeKind::Seq) break;
      const auto& ops = sym_.SeqOf(t);
      z3::expr s = TrLit(sl->seq, env, layer);
      // A slice of a literal sequence at literal bounds is literal too (Dafny's Lit-lifting).
      bool literal = sym_.IsLit(s);
      s = Unlit(s);
      if (sl->hi) {
        z3::expr hi = TrLit(sl->hi, env, layer);
        literal = literal && sym_.IsLit(hi);
        s = ops.take(s, Unlit(hi));
      }
      if (sl->lo) {
        z3::expr lo = TrLit(sl->lo, env, layer);
        literal = literal && sym_.IsLit(lo);
        s = ops.drop(s, Unlit(lo));
      }
      return literal && (sl->hi || sl->lo) ? sym_.Lit(s) : s;
    }
    case ExprKind::SeqUpdate: {
      auto* u = static_cast<const SeqUpdateExpr*>(e);
      const Type* t = Collection(rp_, rp_.TypeOf(u->seq));
      z3::expr s = Tr(u->seq, env, layer);
      z3::expr i = Tr(u->index, env, layer);
      z3::expr v = Tr(u->value, env, layer);
      switch (t->kind) {
        case TypeKind::Seq:
          return sym_.SeqOf(t).update(s, i, v);
        case TypeKind::Map:
        case TypeKind::IMap:
          return sym_.MapOf(t).build(s, i, v);
        case TypeKind::Multiset:
          return sym_.MultisetOf(t).update(s, i, v);
        default:
          break;
      }
      break;
    }
    case ExprKind::Select: {
      auto* sel = static_cast<const SelectExpr*>(e);
      const Type* t = rp_.TypeOf(sel->object);
      if (t->kind != TypeKind::Map && t->kind != TypeKind::IMap) break;
      const auto& ops = sym_.MapOf(t);
      z3::expr m = Tr(sel->object, env, layer);
      if (sel->member == "Keys") return ops.domain(m);
      if (sel->member == "Values") return ops.values(m);
      if (sel->member == "Items" && t->kind == TypeKind::Map) {
        // Dafny's Map#Items: the pairs (k, m[k]) for the keys k of m.
        const Type* items = rp_.TypeOf(sel);
        const auto& set = sym_.SetOf(items);
        const auto& pair = sym_.Tuple(items->args[0]);
        std::string name = "Map#Items_" + ops.sort.name().str();
        z3::func_decl f = c_.function(name.c_str(), ops.sort, set.sort);
        if (sym_.function_handles.insert(name).second) {
          z3::expr mm = c_.constant("m", ops.sort);
          z3::expr p = c_.constant("p", pair.sort);
          z3::expr in = set.member(f(mm), p);
          z3::expr k = pair.accessors[0][0](p), v = pair.accessors[0][1](p);
          sym_.AddAxiom(Forall(
              c_, {mm, p},
              in == (sym_.coll.Set(ops.key).member(ops.domain(mm), k) && ops.select(mm, k) == v),
              {in}));
          sym_.AddAxiom(Forall(
              c_, {mm}, set.card(f(mm)) == sym_.coll.Set(ops.key).card(ops.domain(mm)), {f(mm)}));
        }
        return f(m);
      }
      break;
    }
    default:
      break;
  }
  throw std::logic_error(std::string("verifier: unsupported collection expression ") +
                         ExprKindName(e->kind));
}

// `x in s` for a set s, as Dafny's TrInSet_Aux translates it where it is "aggressive" (fresh
// and frames): membership in a union, intersection or difference is that of its operands, in a
// display an equality with one of its elements; only other sets are tested with `member`, so
// the quantifiers over such a membership get the operands' terms as triggers
// (`fresh(Repr - {this})` is `forall o :: o in Repr && o != this ==> ...`).
z3::expr Lowerer::TrInSet(const Expr* s, const z3::expr& x, const Env& env, const z3::expr& layer) {
  while (s->kind == ExprKind::Paren) s = static_cast<const ParenExpr*>(s)->inner;
  const Type* t = Collection(rp_, rp_.TypeOf(s));
  if (s->kind == ExprKind::Binary) {
    auto* b = static_cast<const BinaryExpr*>(s);
    if (b->op == BinaryOp::Add || b->op == BinaryOp::Mul || b->op == BinaryOp::Sub) {
      z3::expr l = TrInSet(b->lhs, x, env, layer), r = TrInSet(b->rhs, x, env, layer);
      if (b->op == BinaryOp::Add) return l || r;
      if (b->op == BinaryOp::Mul) return l && r;
      return l && !r;
    }
  }
  if (s->kind == ExprKind::SetDisplay) {
    z3::expr in = c_.bool_val(false);
    bool first = true;
    for (const Expr* el : static_cast<const DisplayExpr*>(s)->elements) {
      z3::expr eq = x == Tr(el, env, layer);
      in = first ? eq : in || eq;
      first = false;
    }
    return in;
  }
  return sym_.SetOf(t).member(Tr(s, env, layer), x);
}

// The membership tests `member(s, x)` in `in` (a TrInSet result), each once, in order.
std::vector<z3::expr> MembershipsOf(const z3::expr& in, const z3::expr& x) {
  std::vector<z3::expr> found;
  std::vector<z3::expr> work{in};
  while (!work.empty()) {
    z3::expr e = work.back();
    work.pop_back();
    if (!e.is_app()) continue;
    if (e.decl().decl_kind() == Z3_OP_UNINTERPRETED && e.num_args() == 2 && z3::eq(e.arg(1), x)) {
      bool seen = false;
      for (const z3::expr& f : found) seen = seen || z3::eq(f, e);
      if (!seen) found.push_back(e);
      continue;
    }
    for (unsigned i = e.num_args(); i-- > 0;) work.push_back(e.arg(i));
  }
  return found;
}

std::optional<z3::expr> Lowerer::TrCollectionBinary(const BinaryExpr* b, const z3::expr& l,
                                                    const z3::expr& r) {
  const Type* lt = Collection(rp_, rp_.TypeOf(b->lhs));
  const Type* rt = Collection(rp_, rp_.TypeOf(b->rhs));
  if (b->op == BinaryOp::In || b->op == BinaryOp::NotIn) {
    z3::expr in = c_.bool_val(false);
    switch (rt->kind) {
      case TypeKind::Seq:
        in = sym_.SeqOf(rt).contains(r, l);
        break;
      case TypeKind::Set:
      case TypeKind::ISet:
        in = sym_.SetOf(rt).member(r, l);
        break;
      case TypeKind::Multiset:
        in = 0 < sym_.MultisetOf(rt).count(r, l);
        break;
      case TypeKind::Map:
      case TypeKind::IMap: {
        const auto& ops = sym_.MapOf(rt);
        in = rt->kind == TypeKind::Map ? sym_.coll.Set(ops.key).member(ops.domain(r), l)
                                       : sym_.coll.ISet(ops.key).member(ops.domain(r), l);
        break;
      }
      default:
        throw std::logic_error("verifier: 'in' on " + TypeName(rt));
    }
    return b->op == BinaryOp::In ? in : !in;
  }
  if (!IsCollection(lt)) return std::nullopt;
  auto eq = [&]() -> z3::expr {
    switch (lt->kind) {
      case TypeKind::Seq:
        return sym_.SeqOf(lt).equal(l, r);
      case TypeKind::Set:
      case TypeKind::ISet:
        return sym_.SetOf(lt).equal(l, r);
      case TypeKind::Multiset:
        return sym_.MultisetOf(lt).equal(l, r);
      default:
        return sym_.MapOf(lt).equal(l, r);
    }
  };
  // s <= t: a prefix (sequences) or a subset.
  auto le = [&](const z3::expr& x, const z3::expr& y) -> z3::expr {
    switch (lt->kind) {
      case TypeKind::Seq: {
        const auto& q = sym_.SeqOf(lt);
        return q.length(x) <= q.length(y) && q.same_until(x, y, q.length(x));
      }
      case TypeKind::Set:
      case TypeKind::ISet:
        return sym_.SetOf(lt).subset(x, y);
      case TypeKind::Multiset:
        return sym_.MultisetOf(lt).subset(x, y);
      default:
        throw std::logic_error("verifier: <= on " + TypeName(lt));
    }
  };
  auto lt_ = [&](const z3::expr& x, const z3::expr& y) -> z3::expr {
    if (lt->kind == TypeKind::Seq) {
      const auto& q = sym_.SeqOf(lt);
      return q.length(x) < q.length(y) && q.same_until(x, y, q.length(x));
    }
    z3::expr neq = lt->kind == TypeKind::Multiset ? !sym_.MultisetOf(lt).equal(x, y)
                                                  : !sym_.SetOf(lt).equal(x, y);
    return le(x, y) && neq;
  };
  switch (b->op) {
    case BinaryOp::Eq:
      return eq();
    case BinaryOp::Neq:
      return !eq();
    case BinaryOp::Le:
      return le(l, r);
    case BinaryOp::Ge:
      return le(r, l);
    case BinaryOp::Lt:
      return lt_(l, r);
    case BinaryOp::Gt:
      return lt_(r, l);
    case BinaryOp::Disjoint:
      return lt->kind == TypeKind::Multiset ? sym_.MultisetOf(lt).disjoint(l, r)
                                            : sym_.SetOf(lt).disjoint(l, r);
    case BinaryOp::Add:
      switch (lt->kind) {
        case TypeKind::Seq:
          return sym_.SeqOf(lt).append(l, r);
        case TypeKind::Set:
        case TypeKind::ISet:
          return sym_.SetOf(lt).union_(l, r);
        case TypeKind::Multiset:
          return sym_.MultisetOf(lt).union_(l, r);
        default:
          return sym_.MapOf(lt).merge(l, r);
      }
    case BinaryOp::Sub:
      switch (lt->kind) {
        case TypeKind::Set:
        case TypeKind::ISet:
          return sym_.SetOf(lt).difference(l, r);
        case TypeKind::Multiset:
          return sym_.MultisetOf(lt).difference(l, r);
        case TypeKind::Map:
        case TypeKind::IMap:
          return sym_.MapOf(lt).subtract(l, r);
        default:
          break;
      }
      break;
    case BinaryOp::Mul:
      if (lt->kind == TypeKind::Multiset) return sym_.MultisetOf(lt).intersection(l, r);
      return sym_.SetOf(lt).intersection(l, r);
    default:
      break;
  }
  throw std::logic_error(
      fmt::format("verifier: operator {} on {}", BinaryOpSpelling(b->op), TypeName(lt)));
}

void Lowerer::WellFormedCollection(const Expr* e, const z3::expr& guard) {
  switch (e->kind) {
    case ExprKind::Index: {
      auto* ix = static_cast<const IndexExpr*>(e);
      const Type* t = Collection(rp_, rp_.TypeOf(ix->seq));
      z3::expr s = Tr(ix->seq);
      z3::expr i = Tr(ix->indices[0]);
      if (t->kind == TypeKind::Seq) {
        Assert(Obligation::IndexRange, e->tok,
               z3::implies(guard, 0 <= i && i < sym_.SeqOf(t).length(s)));
      } else if (t->kind == TypeKind::Map || t->kind == TypeKind::IMap) {
        const auto& ops = sym_.MapOf(t);
        z3::expr in = t->kind == TypeKind::Map ? sym_.coll.Set(ops.key).member(ops.domain(s), i)
                                               : sym_.coll.ISet(ops.key).member(ops.domain(s), i);
        Assert(Obligation::MapDomain, e->tok, z3::implies(guard, in));
      }
      return;
    }
    case ExprKind::Slice: {
      auto* sl = static_cast<const SliceExpr*>(e);
      const Type* t = Collection(rp_, rp_.TypeOf(sl->seq));
      z3::expr len = sym_.SeqOf(t).length(Tr(sl->seq));
      // As Dafny: the lower bound in 0..hi (0..|s| without an upper bound), then the upper one
      // in lo..|s|.
      z3::expr lo = sl->lo ? Tr(sl->lo) : c_.int_val(0);
      if (sl->lo) {
        // (Within the length too, as Dafny checks it, whether or not there is an upper bound.)
        z3::expr ok = 0 <= lo && lo <= len;
        Assert(Obligation::SliceLower, e->tok, z3::implies(guard, ok));
      }
      if (sl->hi) {
        z3::expr hi = Tr(sl->hi);
        Assert(Obligation::SliceBounds, e->tok, z3::implies(guard, lo <= hi && hi <= len));
      }
      return;
    }
    case ExprKind::SeqUpdate: {
      auto* u = static_cast<const SeqUpdateExpr*>(e);
      const Type* t = Collection(rp_, sym_.Apply(rp_.TypeOf(u->seq)));
      if (t->kind == TypeKind::Seq) {
        z3::expr i = Tr(u->index);
        Assert(Obligation::IndexRange, u->index->tok,
               z3::implies(guard, 0 <= i && i < sym_.SeqOf(t).length(Tr(u->seq))));
        CheckSubset(t->args[0], u->value, Tr(u->value), guard);
      } else if (t->kind == TypeKind::Map || t->kind == TypeKind::IMap) {
        // The new key and value must be of the map's types (m: map<string, nat>).
        CheckSubset(t->args[0], u->index, Tr(u->index), guard);
        CheckSubset(t->args[1], u->value, Tr(u->value), guard);
      } else if (t->kind == TypeKind::Multiset) {
        Assert(Obligation::MultisetOccurrences, u->value->tok,
               z3::implies(guard, 0 <= Tr(u->value)));
      }
      return;
    }
    default:
      return;
  }
}

}  // namespace dfy::verify
