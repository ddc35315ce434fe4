// Sequences and sets: the symbols of each instantiation and the prelude's axioms about them
// (DafnyPrelude.bpl, "Axiomatization of sets/isets/sequences"). Multisets and maps are in
// collections_maps.cpp.
#include "verifier/theories/collections.h"

namespace dfy::verify {

Collections::SeqOps::SeqOps(z3::context& c)
    : sort(c),
      elem(c),
      length(c),
      empty(c),
      build(c),
      append(c),
      index(c),
      update(c),
      contains(c),
      equal(c),
      same_until(c),
      take(c),
      drop(c),
      rank(c),
      build_inv0(c),
      build_inv1(c) {}

Collections::SetOps::SetOps(z3::context& c)
    : sort(c),
      elem(c),
      empty(c),
      singleton(c),
      union_one(c),
      union_(c),
      intersection(c),
      difference(c),
      subset(c),
      equal(c),
      disjoint(c),
      card(c),
      member(c),
      from_set(c) {}

Collections::Collections(z3::context& c) : c_(c) {}

std::vector<z3::expr> Collections::TakeAxioms() {
  std::vector<z3::expr> out;
  out.swap(pending_);
  return out;
}

z3::expr Collections::Quant(bool is_forall, const std::vector<z3::expr>& vars,
                            const std::vector<Pattern>& patterns, const z3::expr& body,
                            const std::string& qid, unsigned weight) {
  std::vector<Z3_app> bound;
  for (const z3::expr& v : vars) bound.push_back(reinterpret_cast<Z3_app>(static_cast<Z3_ast>(v)));
  // The z3::ast wrappers hold a reference to each pattern: in a reference-counted context an
  // unreferenced pattern may be freed by the next API call.
  std::vector<z3::ast> held;
  std::vector<Z3_pattern> pats;
  for (const Pattern& p : patterns) {
    std::vector<Z3_ast> terms(p.begin(), p.end());
    Z3_pattern pat = Z3_mk_pattern(c_, static_cast<unsigned>(terms.size()), terms.data());
    c_.check_error();
    held.emplace_back(c_, reinterpret_cast<Z3_ast>(pat));
    pats.push_back(pat);
  }
  Z3_symbol name = Z3_mk_string_symbol(c_, qid.c_str());
  Z3_ast q = Z3_mk_quantifier_const_ex(
      c_, is_forall, weight, name, name, static_cast<unsigned>(bound.size()), bound.data(),
      static_cast<unsigned>(pats.size()), pats.data(), 0, nullptr, body);
  c_.check_error();
  return z3::expr(c_, q);
}

void Collections::Axiom(const std::string& name, const std::vector<z3::expr>& vars,
                        const std::vector<Pattern>& patterns, const z3::expr& body,
                        unsigned weight) {
  pending_.push_back(vars.empty() ? body : Quant(true, vars, patterns, body, name, weight));
}

z3::expr Collections::Exists(const std::vector<z3::expr>& vars,
                             const std::vector<Pattern>& patterns, const z3::expr& body) {
  return Quant(false, vars, patterns, body, "");
}

// "<A,B>", appended piece by piece (GCC 12 warns falsely on `"<" + std::string&&`). Sorts are
// told apart by their printed names, which Z3 itself needs distinct for distinct sorts.
std::string Collections::TypeArgs(const std::vector<z3::sort>& sorts) {
  std::string out = "<";
  for (size_t i = 0; i < sorts.size(); ++i) {
    if (i > 0) out += ',';
    out += sorts[i].to_string();
  }
  out += '>';
  return out;
}

z3::expr Collections::Var(const char* name, const z3::sort& s) { return c_.constant(name, s); }

z3::func_decl Collections::Fun(const std::string& name, const std::vector<z3::sort>& domain,
                               const z3::sort& range) {
  return c_.function(name.c_str(), static_cast<unsigned>(domain.size()), domain.data(), range);
}

// ---------------------------------------------------------------------------------------------
// Sequences

const Collections::SeqOps& Collections::Seq(const z3::sort& elem) {
  auto [it, fresh] = seqs_.try_emplace(elem.id(), c_);
  SeqOps& q = it->second;
  if (!fresh) return q;
  const std::string t = TypeArgs({elem});
  const z3::sort i = c_.int_sort();
  const z3::sort b = c_.bool_sort();
  q.elem = elem;
  q.sort = c_.uninterpreted_sort(("Seq" + t).c_str());
  const z3::sort s = q.sort;
  q.length = Fun("Seq#Length" + t, {s}, i);
  q.empty = Fun("Seq#Empty" + t, {}, s);
  q.build = Fun("Seq#Build" + t, {s, elem}, s);
  q.build_inv0 = Fun("Seq#Build_inv0" + t, {s}, s);
  q.build_inv1 = Fun("Seq#Build_inv1" + t, {s}, elem);
  q.append = Fun("Seq#Append" + t, {s, s}, s);
  q.index = Fun("Seq#Index" + t, {s, i}, elem);
  q.update = Fun("Seq#Update" + t, {s, i, elem}, s);
  q.contains = Fun("Seq#Contains" + t, {s, elem}, b);
  q.equal = Fun("Seq#Equal" + t, {s, s}, b);
  q.same_until = Fun("Seq#SameUntil" + t, {s, s, i}, b);
  q.take = Fun("Seq#Take" + t, {s, i}, s);
  q.drop = Fun("Seq#Drop" + t, {s, i}, s);
  q.rank = Fun("Seq#Rank" + t, {s}, i);
  AxiomatizeSeq(q);
  AxiomatizeSeqTakeDrop(q);
  return q;
}

// Length, build, append, update, contains, equality: what a sequence's elements are.
void Collections::AxiomatizeSeq(const SeqOps& q) {
  const std::string n = q.sort.to_string() + ".";
  z3::expr s = Var("s", q.sort), s0 = Var("s0", q.sort), s1 = Var("s1", q.sort);
  z3::expr i = Var("i", c_.int_sort()), j = Var("j", c_.int_sort()), k = Var("n", c_.int_sort());
  z3::expr v = Var("v", q.elem), x = Var("x", q.elem);
  auto len = [&](const z3::expr& e) { return q.length(e); };
  auto at = [&](const z3::expr& e, const z3::expr& ix) { return q.index(e, ix); };
  auto in_range = [&](const z3::expr& ix, const z3::expr& e) { return 0 <= ix && ix < len(e); };

  Axiom(n + "length_nonneg", {s}, {{len(s)}}, 0 <= len(s));
  Axiom(n + "length_empty", {}, {}, len(q.empty()) == 0);
  Axiom(n + "length_zero", {s}, {{len(s)}}, z3::implies(len(s) == 0, s == q.empty()));

  // Build: s + [v].
  z3::expr bsv = q.build(s, v);
  Axiom(n + "build_inv", {s, v}, {{bsv}}, q.build_inv0(bsv) == s && q.build_inv1(bsv) == v);
  Axiom(n + "build_length", {s, v}, {{bsv}}, len(bsv) == 1 + len(s));
  Axiom(n + "index_build", {s, i, v}, {{at(bsv, i)}},
        z3::implies(i == len(s), at(bsv, i) == v) &&
            z3::implies(i != len(s), at(bsv, i) == at(s, i)));

  // Append: s0 + s1.
  z3::expr app = q.append(s0, s1);
  Axiom(n + "append_length", {s0, s1}, {{len(app)}}, len(app) == len(s0) + len(s1));
  Axiom(n + "index_append", {s0, s1, k}, {{at(app, k)}},
        z3::implies(k < len(s0), at(app, k) == at(s0, k)) &&
            z3::implies(len(s0) <= k, at(app, k) == at(s1, k - len(s0))));

  // Update: s[i := v].
  z3::expr upd = q.update(s, i, v);
  Axiom(n + "update_length", {s, i, v}, {{len(upd)}},
        z3::implies(in_range(i, s), len(upd) == len(s)));
  Axiom(n + "index_update", {s, i, v, k}, {{at(upd, k)}},
        z3::implies(in_range(k, s), z3::implies(i == k, at(upd, k) == v) &&
                                        z3::implies(i != k, at(upd, k) == at(s, k))));

  // Contains: x in s, defined by an index; the existential's trigger makes any index term of
  // s a witness candidate.
  auto some_index = [&](const z3::expr& seq, const z3::expr& guard) {
    return Exists({j}, {{at(seq, j)}}, guard && at(seq, j) == x);
  };
  Axiom(n + "contains_def", {s, x}, {{q.contains(s, x)}},
        q.contains(s, x) == some_index(s, in_range(j, s)));
  Axiom(n + "contains_empty", {x}, {{q.contains(q.empty(), x)}}, !q.contains(q.empty(), x));
  Axiom(n + "contains_append", {s0, s1, x}, {{q.contains(app, x)}},
        q.contains(app, x) == (q.contains(s0, x) || q.contains(s1, x)));
  Axiom(n + "contains_build", {s, v, x}, {{q.contains(bsv, x)}},
        q.contains(bsv, x) == (v == x || q.contains(s, x)));
  z3::expr take = q.take(s, k), drop = q.drop(s, k);
  Axiom(n + "contains_take", {s, k, x}, {{q.contains(take, x)}},
        q.contains(take, x) == some_index(s, 0 <= j && j < k && j < len(s)));
  Axiom(n + "contains_drop", {s, k, x}, {{q.contains(drop, x)}},
        q.contains(drop, x) == some_index(s, 0 <= k && k <= j && j < len(s)));

  // Equality is pointwise, and implies Z3 equality (extensionality).
  auto pointwise = [&](const z3::expr& bound) {
    return Quant(true, {j}, {{at(s0, j)}, {at(s1, j)}},
                 z3::implies(0 <= j && j < bound, at(s0, j) == at(s1, j)), "");
  };
  Axiom(n + "equal_def", {s0, s1}, {{q.equal(s0, s1)}},
        q.equal(s0, s1) == (len(s0) == len(s1) && pointwise(len(s0))));
  Axiom(n + "equal_ext", {s0, s1}, {{q.equal(s0, s1)}}, z3::implies(q.equal(s0, s1), s0 == s1));
  Axiom(n + "same_until_def", {s0, s1, k}, {{q.same_until(s0, s1, k)}},
        q.same_until(s0, s1, k) == pointwise(k));
}

// Take, drop, their interaction with append/update/build, and the rank used by `decreases`.
void Collections::AxiomatizeSeqTakeDrop(const SeqOps& q) {
  const std::string n = q.sort.to_string() + ".";
  z3::expr s = Var("s", q.sort), t = Var("t", q.sort);
  z3::expr i = Var("i", c_.int_sort()), j = Var("j", c_.int_sort()), k = Var("n", c_.int_sort()),
           m = Var("m", c_.int_sort());
  z3::expr v = Var("v", q.elem);
  auto len = [&](const z3::expr& e) { return q.length(e); };
  auto at = [&](const z3::expr& e, const z3::expr& ix) { return q.index(e, ix); };
  z3::expr take = q.take(s, k), drop = q.drop(s, k);

  Axiom(n + "take_length", {s, k}, {{len(take)}},
        z3::implies(0 <= k && k <= len(s), len(take) == k));
  // Weight 11 and the extra multi-patterns, as in the prelude: index terms of s meet a take
  // or drop of s in either direction, and the weight keeps chains of them late.
  Axiom(n + "index_take", {s, k, j}, {{at(take, j)}, {at(s, j), take}},
        z3::implies(0 <= j && j < k && j < len(s), at(take, j) == at(s, j)), 11);
  Axiom(n + "drop_length", {s, k}, {{len(drop)}},
        z3::implies(0 <= k && k <= len(s), len(drop) == len(s) - k));
  Axiom(n + "index_drop", {s, k, j}, {{at(drop, j)}},
        z3::implies(0 <= k && 0 <= j && j < len(s) - k, at(drop, j) == at(s, j + k)), 11);
  Axiom(n + "index_drop_back", {s, k, j}, {{at(s, j), drop}},
        z3::implies(0 <= k && k <= j && j < len(s), at(drop, j - k) == at(s, j)), 11);

  z3::expr app = q.append(s, t);
  Axiom(n + "take_drop_append", {s, t, k}, {{q.take(app, k)}, {q.drop(app, k)}},
        z3::implies(k == len(s), q.take(app, k) == s && q.drop(app, k) == t));

  z3::expr upd = q.update(s, i, v);
  Axiom(n + "take_update_inside", {s, i, v, k}, {{q.take(upd, k)}},
        z3::implies(0 <= i && i < k && k <= len(s), q.take(upd, k) == q.update(take, i, v)));
  Axiom(n + "take_update_outside", {s, i, v, k}, {{q.take(upd, k)}},
        z3::implies(k <= i && i < len(s), q.take(upd, k) == take));
  Axiom(n + "drop_update_inside", {s, i, v, k}, {{q.drop(upd, k)}},
        z3::implies(0 <= k && k <= i && i < len(s), q.drop(upd, k) == q.update(drop, i - k, v)));
  Axiom(n + "drop_update_outside", {s, i, v, k}, {{q.drop(upd, k)}},
        z3::implies(0 <= i && i < k && k <= len(s), q.drop(upd, k) == drop));
  z3::expr bsv = q.build(s, v);
  Axiom(n + "drop_build", {s, v, k}, {{q.drop(bsv, k)}},
        z3::implies(0 <= k && k <= len(s), q.drop(bsv, k) == q.build(drop, v)));
  Axiom(n + "drop_zero", {s, k}, {{drop}}, z3::implies(k == 0, drop == s));
  Axiom(n + "take_zero", {s, k}, {{take}}, z3::implies(k == 0, take == q.empty()));
  z3::expr drop2 = q.drop(q.drop(s, m), k);
  Axiom(n + "drop_drop", {s, m, k}, {{drop2}},
        z3::implies(0 <= m && 0 <= k && m + k <= len(s), drop2 == q.drop(s, m + k)));

  // Rank: Dafny orders sequences in `decreases` by being a consecutive proper sub-sequence
  // (not by length, which would contradict the element-rank axiom for datatypes).
  z3::expr rank_s = q.rank(s);
  Axiom(n + "rank_drop", {s, i}, {{q.rank(q.drop(s, i))}},
        z3::implies(0 < i && i <= len(s), q.rank(q.drop(s, i)) < rank_s));
  Axiom(n + "rank_take", {s, i}, {{q.rank(q.take(s, i))}},
        z3::implies(0 <= i && i < len(s), q.rank(q.take(s, i)) < rank_s));
  z3::expr cut = q.rank(q.append(q.take(s, i), q.drop(s, j)));
  Axiom(n + "rank_take_drop", {s, i, j}, {{cut}},
        z3::implies(0 <= i && i < j && j <= len(s), cut < rank_s));
}

void Collections::SeqElementRank(const z3::sort& elem, const z3::func_decl& dt_rank) {
  if (!seq_element_rank_.try_emplace(elem.id(), true).second) return;
  const SeqOps& q = Seq(elem);
  z3::expr s = Var("s", q.sort), i = Var("i", c_.int_sort());
  z3::expr elem_rank = dt_rank(q.index(s, i));
  Axiom(q.sort.to_string() + ".element_rank", {s, i}, {{elem_rank}},
        z3::implies(0 <= i && i < q.length(s), elem_rank < q.rank(s)));
}

const z3::func_decl& Collections::SeqElements(const z3::sort& elem) {
  auto found = seq_elements_.find(elem.id());
  if (found != seq_elements_.end()) return found->second;
  const SeqOps& q = Seq(elem);
  const SetOps& set = Set(elem);
  z3::func_decl f = Fun("Seq#Elements" + TypeArgs({elem}), {q.sort}, set.sort);
  z3::expr s = Var("s", q.sort), x = Var("x", elem);
  const std::string n = q.sort.to_string() + ".";
  Axiom(n + "elements_member", {s, x}, {{set.member(f(s), x)}},
        set.member(f(s), x) == q.contains(s, x));
  // Sound (each member has an index) though Dafny's comprehension does not give it for free.
  Axiom(n + "elements_card", {s}, {{set.card(f(s))}}, set.card(f(s)) <= q.length(s));
  return seq_elements_.emplace(elem.id(), f).first->second;
}

// ---------------------------------------------------------------------------------------------
// Sets and isets

const Collections::SetOps& Collections::Set(const z3::sort& elem) {
  auto [it, fresh] = sets_.try_emplace(elem.id(), c_);
  SetOps& s = it->second;
  if (!fresh) return s;
  const std::string t = TypeArgs({elem});
  const z3::sort b = c_.bool_sort();
  s.elem = elem;
  s.sort = c_.uninterpreted_sort(("Set" + t).c_str());
  const z3::sort st = s.sort;
  s.empty = Fun("Set#Empty" + t, {}, st);
  s.member = Fun("Set#IsMember" + t, {st, elem}, b);
  s.card = Fun("Set#Card" + t, {st}, c_.int_sort());
  s.singleton = Fun("Set#Singleton" + t, {elem}, st);
  s.union_one = Fun("Set#UnionOne" + t, {st, elem}, st);
  s.union_ = Fun("Set#Union" + t, {st, st}, st);
  s.intersection = Fun("Set#Intersection" + t, {st, st}, st);
  s.difference = Fun("Set#Difference" + t, {st, st}, st);
  s.subset = Fun("Set#Subset" + t, {st, st}, b);
  s.equal = Fun("Set#Equal" + t, {st, st}, b);
  s.disjoint = Fun("Set#Disjoint" + t, {st, st}, b);
  AxiomatizeSet(s);
  AxiomatizeSetCard(s);
  return s;
}

const Collections::SetOps& Collections::ISet(const z3::sort& elem) {
  auto [it, fresh] = isets_.try_emplace(elem.id(), c_);
  SetOps& s = it->second;
  if (!fresh) return s;
  const SetOps& finite = Set(elem);
  const std::string t = TypeArgs({elem});
  const z3::sort b = c_.bool_sort();
  s.elem = elem;
  s.sort = c_.uninterpreted_sort(("ISet" + t).c_str());
  const z3::sort st = s.sort;
  s.empty = Fun("ISet#Empty" + t, {}, st);
  s.member = Fun("ISet#IsMember" + t, {st, elem}, b);
  s.singleton = Fun("ISet#Singleton" + t, {elem}, st);
  s.union_one = Fun("ISet#UnionOne" + t, {st, elem}, st);
  s.union_ = Fun("ISet#Union" + t, {st, st}, st);
  s.intersection = Fun("ISet#Intersection" + t, {st, st}, st);
  s.difference = Fun("ISet#Difference" + t, {st, st}, st);
  s.subset = Fun("ISet#Subset" + t, {st, st}, b);
  s.equal = Fun("ISet#Equal" + t, {st, st}, b);
  s.disjoint = Fun("ISet#Disjoint" + t, {st, st}, b);
  s.from_set = Fun("ISet#FromSet" + t, {finite.sort}, st);
  AxiomatizeSet(s);
  z3::expr a = Var("a", finite.sort), x = Var("x", elem);
  z3::expr in = s.member(s.from_set(a), x);
  Axiom(st.to_string() + ".from_set", {a, x}, {{in}}, in == finite.member(a, x));
  return s;
}

// Membership of every set operation, and subset/equal/disjoint; shared by set and iset.
void Collections::AxiomatizeSet(const SetOps& s) {
  const std::string n = s.sort.to_string() + ".";
  z3::expr a = Var("a", s.sort), b = Var("b", s.sort);
  z3::expr x = Var("x", s.elem), y = Var("y", s.elem), o = Var("o", s.elem);
  auto in = [&](const z3::expr& set, const z3::expr& e) { return s.member(set, e); };

  Axiom(n + "empty", {o}, {{in(s.empty(), o)}}, !in(s.empty(), o));
  Axiom(n + "singleton_def", {x}, {{s.singleton(x)}}, s.singleton(x) == s.union_one(s.empty(), x));

  z3::expr one = s.union_one(a, x);
  Axiom(n + "union_one_member", {a, x, o}, {{in(one, o)}}, in(one, o) == (o == x || in(a, o)));
  Axiom(n + "union_one_self", {a, x}, {{one}}, in(one, x));
  Axiom(n + "union_one_keeps", {a, x, y}, {{one, in(a, y)}}, z3::implies(in(a, y), in(one, y)));

  z3::expr uni = s.union_(a, b), inter = s.intersection(a, b), diff = s.difference(a, b);
  Axiom(n + "union_member", {a, b, o}, {{in(uni, o)}}, in(uni, o) == (in(a, o) || in(b, o)));
  Axiom(n + "union_keeps_left", {a, b, y}, {{uni, in(a, y)}}, z3::implies(in(a, y), in(uni, y)));
  Axiom(n + "union_keeps_right", {a, b, y}, {{uni, in(b, y)}}, z3::implies(in(b, y), in(uni, y)));
  Axiom(n + "union_disjoint", {a, b}, {{uni}},
        z3::implies(s.disjoint(a, b), s.difference(uni, a) == b && s.difference(uni, b) == a));
  Axiom(n + "intersection_member", {a, b, o}, {{in(inter, o)}},
        in(inter, o) == (in(a, o) && in(b, o)));
  z3::expr uu = s.union_(uni, b), uu2 = s.union_(a, uni);
  Axiom(n + "union_idem_right", {a, b}, {{uu}}, uu == uni);
  Axiom(n + "union_idem_left", {a, b}, {{uu2}}, uu2 == uni);
  z3::expr ii = s.intersection(inter, b), ii2 = s.intersection(a, inter);
  Axiom(n + "intersection_idem_right", {a, b}, {{ii}}, ii == inter);
  Axiom(n + "intersection_idem_left", {a, b}, {{ii2}}, ii2 == inter);
  Axiom(n + "difference_member", {a, b, o}, {{in(diff, o)}},
        in(diff, o) == (in(a, o) && !in(b, o)));
  Axiom(n + "difference_excludes", {a, b, y}, {{diff, in(b, y)}},
        z3::implies(in(b, y), !in(diff, y)));

  // Subset, equality and disjointness are pointwise; either side's membership triggers.
  auto pointwise = [&](const z3::expr& body) {
    return Quant(true, {o}, {{in(a, o)}, {in(b, o)}}, body, "");
  };
  Axiom(n + "subset_def", {a, b}, {{s.subset(a, b)}},
        s.subset(a, b) == pointwise(z3::implies(in(a, o), in(b, o))));
  Axiom(n + "equal_def", {a, b}, {{s.equal(a, b)}},
        s.equal(a, b) == pointwise(in(a, o) == in(b, o)));
  Axiom(n + "equal_ext", {a, b}, {{s.equal(a, b)}}, z3::implies(s.equal(a, b), a == b));
  Axiom(n + "disjoint_def", {a, b}, {{s.disjoint(a, b)}},
        s.disjoint(a, b) == pointwise(!in(a, o) || !in(b, o)));
}

// Cardinality of finite sets.
void Collections::AxiomatizeSetCard(const SetOps& s) {
  const std::string n = s.sort.to_string() + ".";
  z3::expr a = Var("a", s.sort), b = Var("b", s.sort), x = Var("x", s.elem);
  auto card = [&](const z3::expr& e) { return s.card(e); };
  auto in = [&](const z3::expr& set, const z3::expr& e) { return s.member(set, e); };

  Axiom(n + "card_nonneg", {a}, {{card(a)}}, 0 <= card(a));
  Axiom(n + "card_zero", {a}, {{card(a)}},
        (card(a) == 0) == (a == s.empty()) &&
            z3::implies(card(a) != 0, Exists({x}, {{in(a, x)}}, in(a, x))));
  z3::expr one = s.union_one(a, x);
  Axiom(n + "card_union_one_in", {a, x}, {{card(one)}},
        z3::implies(in(a, x), card(one) == card(a)));
  Axiom(n + "card_union_one_out", {a, x}, {{card(one)}},
        z3::implies(!in(a, x), card(one) == card(a) + 1));
  z3::expr uni = s.union_(a, b), inter = s.intersection(a, b);
  Axiom(n + "card_union", {a, b}, {{card(uni)}, {card(inter)}},
        card(uni) + card(inter) == card(a) + card(b));
  z3::expr diff = s.difference(a, b);
  Axiom(n + "card_difference", {a, b}, {{card(diff)}},
        card(diff) + card(s.difference(b, a)) + card(inter) == card(uni) &&
            card(diff) == card(a) - card(inter));
}

}  // namespace dfy::verify
