// Multisets, maps and imaps: the symbols of each instantiation and the prelude's axioms about
// them (DafnyPrelude.bpl, "Axiomatization of multisets/Maps/IMaps").
#include "verifier/theories/collections.h"

namespace dfy::verify {

namespace {

// Whether an optional operation (null for the instantiations that lack it) exists.
bool Declared(const z3::func_decl& f) { return static_cast<Z3_func_decl>(f) != nullptr; }

}  // namespace

Collections::MultisetOps::MultisetOps(z3::context& c)
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
      count(c),
      from_seq(c),
      from_set(c),
      update(c),
      is_good(c) {}

Collections::MapOps::MapOps(z3::context& c)
    : sort(c),
      key(c),
      val(c),
      empty(c),
      domain(c),
      values(c),
      card(c),
      build(c),
      select(c),
      merge(c),
      subtract(c),
      equal(c),
      disjoint(c) {}

// ---------------------------------------------------------------------------------------------
// Multisets

const Collections::MultisetOps& Collections::Multiset(const z3::sort& elem) {
  auto [it, fresh] = multisets_.try_emplace(elem.id(), c_);
  MultisetOps& m = it->second;
  if (!fresh) return m;
  const SeqOps& seq = Seq(elem);
  const SetOps& set = Set(elem);
  const std::string t = TypeArgs({elem});
  const z3::sort i = c_.int_sort();
  const z3::sort b = c_.bool_sort();
  m.elem = elem;
  m.sort = c_.uninterpreted_sort(("MultiSet" + t).c_str());
  const z3::sort ms = m.sort;
  m.count = Fun("MultiSet#Multiplicity" + t, {ms, elem}, i);
  m.update = Fun("MultiSet#UpdateMultiplicity" + t, {ms, elem, i}, ms);
  m.is_good = Fun("$IsGoodMultiSet" + t, {ms}, b);
  m.card = Fun("MultiSet#Card" + t, {ms}, i);
  m.empty = Fun("MultiSet#Empty" + t, {}, ms);
  m.singleton = Fun("MultiSet#Singleton" + t, {elem}, ms);
  m.union_one = Fun("MultiSet#UnionOne" + t, {ms, elem}, ms);
  m.union_ = Fun("MultiSet#Union" + t, {ms, ms}, ms);
  m.intersection = Fun("MultiSet#Intersection" + t, {ms, ms}, ms);
  m.difference = Fun("MultiSet#Difference" + t, {ms, ms}, ms);
  m.subset = Fun("MultiSet#Subset" + t, {ms, ms}, b);
  m.equal = Fun("MultiSet#Equal" + t, {ms, ms}, b);
  m.disjoint = Fun("MultiSet#Disjoint" + t, {ms, ms}, b);
  m.from_set = Fun("MultiSet#FromSet" + t, {set.sort}, ms);
  m.from_seq = Fun("MultiSet#FromSeq" + t, {seq.sort}, ms);
  AxiomatizeMultiset(m);
  AxiomatizeMultisetCard(m);
  AxiomatizeMultisetFrom(m, seq, set);
  return m;
}

// Multiplicities of every multiset operation, and subset/equal/disjoint.
void Collections::AxiomatizeMultiset(const MultisetOps& m) {
  const std::string n = m.sort.to_string() + ".";
  z3::expr a = Var("a", m.sort), b = Var("b", m.sort);
  z3::expr x = Var("x", m.elem), y = Var("y", m.elem), o = Var("o", m.elem);
  z3::expr k = Var("n", c_.int_sort());
  auto cnt = [&](const z3::expr& ms, const z3::expr& e) { return m.count(ms, e); };

  z3::expr upd = m.update(a, x, k);
  Axiom(n + "update_count", {a, x, k, o}, {{cnt(upd, o)}},
        z3::implies(0 <= k, z3::implies(x == o, cnt(upd, o) == k) &&
                                z3::implies(x != o, cnt(upd, o) == cnt(a, o))));
  Axiom(n + "is_good_def", {a}, {{m.is_good(a)}},
        m.is_good(a) ==
            Quant(true, {o}, {{cnt(a, o)}}, 0 <= cnt(a, o) && cnt(a, o) <= m.card(a), ""));
  Axiom(n + "empty_count", {o}, {{cnt(m.empty(), o)}}, cnt(m.empty(), o) == 0);
  z3::expr single = cnt(m.singleton(x), o);
  Axiom(n + "singleton_count", {x, o}, {{single}},
        (single == 1) == (x == o) && (single == 0) == (x != o));
  Axiom(n + "singleton_def", {x}, {{m.singleton(x)}}, m.singleton(x) == m.union_one(m.empty(), x));

  z3::expr one = m.union_one(a, x);
  Axiom(n + "union_one_positive", {a, x, o}, {{cnt(one, o)}},
        (0 < cnt(one, o)) == (o == x || 0 < cnt(a, o)));
  Axiom(n + "union_one_self", {a, x}, {{one}}, cnt(one, x) == cnt(a, x) + 1);
  Axiom(n + "union_one_keeps", {a, x, y}, {{one, cnt(a, y)}},
        z3::implies(0 < cnt(a, y), 0 < cnt(one, y)));
  Axiom(n + "union_one_other", {a, x, y}, {{one, cnt(a, y)}},
        z3::implies(x != y, cnt(a, y) == cnt(one, y)));

  z3::expr uni = m.union_(a, b), inter = m.intersection(a, b), diff = m.difference(a, b);
  Axiom(n + "union_count", {a, b, o}, {{cnt(uni, o)}}, cnt(uni, o) == cnt(a, o) + cnt(b, o));
  // Math#min and Math#clip of the prelude, as ite terms.
  Axiom(n + "intersection_count", {a, b, o}, {{cnt(inter, o)}},
        cnt(inter, o) == z3::ite(cnt(a, o) <= cnt(b, o), cnt(a, o), cnt(b, o)));
  z3::expr ii = m.intersection(inter, b), ii2 = m.intersection(a, inter);
  Axiom(n + "intersection_idem_right", {a, b}, {{ii}}, ii == inter);
  Axiom(n + "intersection_idem_left", {a, b}, {{ii2}}, ii2 == inter);
  z3::expr delta = cnt(a, o) - cnt(b, o);
  Axiom(n + "difference_count", {a, b, o}, {{cnt(diff, o)}},
        cnt(diff, o) == z3::ite(0 <= delta, delta, c_.int_val(0)));
  Axiom(n + "difference_zero", {a, b, y}, {{diff, cnt(b, y), cnt(a, y)}},
        z3::implies(cnt(a, y) <= cnt(b, y), cnt(diff, y) == 0));

  auto pointwise = [&](const z3::expr& body) {
    return Quant(true, {o}, {{cnt(a, o)}, {cnt(b, o)}}, body, "");
  };
  Axiom(n + "subset_def", {a, b}, {{m.subset(a, b)}},
        m.subset(a, b) == pointwise(cnt(a, o) <= cnt(b, o)));
  Axiom(n + "equal_def", {a, b}, {{m.equal(a, b)}},
        m.equal(a, b) == pointwise(cnt(a, o) == cnt(b, o)));
  Axiom(n + "equal_ext", {a, b}, {{m.equal(a, b)}}, z3::implies(m.equal(a, b), a == b));
  Axiom(n + "disjoint_def", {a, b}, {{m.disjoint(a, b)}},
        m.disjoint(a, b) == pointwise(cnt(a, o) == 0 || cnt(b, o) == 0));
}

// Cardinality of multisets.
void Collections::AxiomatizeMultisetCard(const MultisetOps& m) {
  const std::string n = m.sort.to_string() + ".";
  z3::expr a = Var("a", m.sort), b = Var("b", m.sort), x = Var("x", m.elem);
  z3::expr k = Var("n", c_.int_sort());
  auto card = [&](const z3::expr& e) { return m.card(e); };

  Axiom(n + "card_nonneg", {a}, {{card(a)}}, 0 <= card(a));
  z3::expr upd = m.update(a, x, k);
  Axiom(n + "card_update", {a, x, k}, {{card(upd)}},
        z3::implies(0 <= k, card(upd) == card(a) - m.count(a, x) + k));
  Axiom(n + "card_zero", {a}, {{card(a)}},
        (card(a) == 0) == (a == m.empty()) &&
            z3::implies(card(a) != 0, Exists({x}, {{m.count(a, x)}}, 0 < m.count(a, x))));
  Axiom(n + "card_union_one", {a, x}, {{card(m.union_one(a, x))}},
        card(m.union_one(a, x)) == card(a) + 1);
  z3::expr uni = m.union_(a, b), inter = m.intersection(a, b), diff = m.difference(a, b);
  Axiom(n + "card_union", {a, b}, {{card(uni)}}, card(uni) == card(a) + card(b));
  Axiom(n + "card_difference", {a, b}, {{card(diff)}},
        card(diff) + card(m.difference(b, a)) + 2 * card(inter) == card(uni) &&
            card(diff) == card(a) - card(inter));
}

// multiset(set) and multiset(seq).
void Collections::AxiomatizeMultisetFrom(const MultisetOps& m, const SeqOps& q, const SetOps& s) {
  const std::string n = m.sort.to_string() + ".";
  z3::expr set = Var("s", s.sort), x = Var("x", m.elem), v = Var("v", m.elem);
  z3::expr seq = Var("q", q.sort), seq2 = Var("r", q.sort);
  z3::expr i = Var("i", c_.int_sort());
  auto cnt = [&](const z3::expr& ms, const z3::expr& e) { return m.count(ms, e); };

  z3::expr fs = cnt(m.from_set(set), x);
  Axiom(n + "from_set_count", {set, x}, {{fs}},
        (fs == 0) == !s.member(set, x) && (fs == 1) == s.member(set, x));
  Axiom(n + "card_from_set", {set}, {{m.card(m.from_set(set))}},
        m.card(m.from_set(set)) == s.card(set));

  Axiom(n + "from_seq_empty", {}, {}, m.from_seq(q.empty()) == m.empty());
  Axiom(n + "from_seq_good", {seq}, {{m.from_seq(seq)}}, m.is_good(m.from_seq(seq)));
  Axiom(n + "card_from_seq", {seq}, {{m.card(m.from_seq(seq))}},
        m.card(m.from_seq(seq)) == q.length(seq));
  z3::expr fb = m.from_seq(q.build(seq, v));
  Axiom(n + "from_seq_build", {seq, v}, {{fb}}, fb == m.union_one(m.from_seq(seq), v));
  z3::expr fa = m.from_seq(q.append(seq, seq2));
  Axiom(n + "from_seq_append", {seq, seq2}, {{fa}},
        fa == m.union_(m.from_seq(seq), m.from_seq(seq2)));
  z3::expr fu = cnt(m.from_seq(q.update(seq, i, v)), x);
  z3::expr replaced =
      m.union_(m.difference(m.from_seq(seq), m.singleton(q.index(seq, i))), m.singleton(v));
  Axiom(n + "from_seq_update", {seq, i, v, x}, {{fu}},
        z3::implies(0 <= i && i < q.length(seq), fu == cnt(replaced, x)));
  z3::expr j = Var("j", c_.int_sort());
  z3::expr some_index =
      Exists({j}, {{q.index(seq, j)}}, 0 <= j && j < q.length(seq) && x == q.index(seq, j));
  Axiom(n + "from_seq_count", {seq, x}, {{cnt(m.from_seq(seq), x)}},
        some_index == (0 < cnt(m.from_seq(seq), x)));
}

// ---------------------------------------------------------------------------------------------
// Maps and imaps

const Collections::MapOps& Collections::Map(const z3::sort& key, const z3::sort& val) {
  auto [it, fresh] = maps_.try_emplace({key.id(), val.id()}, c_);
  MapOps& m = it->second;
  if (!fresh) return m;
  const SetOps& keys = Set(key);
  const SetOps& vals = Set(val);
  const std::string t = TypeArgs({key, val});
  m.key = key;
  m.val = val;
  m.sort = c_.uninterpreted_sort(("Map" + t).c_str());
  const z3::sort ms = m.sort;
  m.empty = Fun("Map#Empty" + t, {}, ms);
  m.domain = Fun("Map#Domain" + t, {ms}, keys.sort);
  m.values = Fun("Map#Values" + t, {ms}, vals.sort);
  m.card = Fun("Map#Card" + t, {ms}, c_.int_sort());
  m.build = Fun("Map#Build" + t, {ms, key, val}, ms);
  m.select = Fun("Map#Elements" + t, {ms, key}, val);
  m.merge = Fun("Map#Merge" + t, {ms, ms}, ms);
  m.subtract = Fun("Map#Subtract" + t, {ms, keys.sort}, ms);
  m.equal = Fun("Map#Equal" + t, {ms, ms}, c_.bool_sort());
  m.disjoint = Fun("Map#Disjoint" + t, {ms, ms}, c_.bool_sort());
  AxiomatizeMap(m, keys, vals, true);
  AxiomatizeMapOps(m, keys, keys);
  return m;
}

const Collections::MapOps& Collections::IMap(const z3::sort& key, const z3::sort& val) {
  auto [it, fresh] = imaps_.try_emplace({key.id(), val.id()}, c_);
  MapOps& m = it->second;
  if (!fresh) return m;
  const SetOps& keys = ISet(key);
  const SetOps& vals = ISet(val);
  const SetOps& key_set = Set(key);
  const std::string t = TypeArgs({key, val});
  m.key = key;
  m.val = val;
  m.sort = c_.uninterpreted_sort(("IMap" + t).c_str());
  const z3::sort ms = m.sort;
  m.empty = Fun("IMap#Empty" + t, {}, ms);
  m.domain = Fun("IMap#Domain" + t, {ms}, keys.sort);
  m.values = Fun("IMap#Values" + t, {ms}, vals.sort);
  m.build = Fun("IMap#Build" + t, {ms, key, val}, ms);
  m.select = Fun("IMap#Elements" + t, {ms, key}, val);
  m.merge = Fun("IMap#Merge" + t, {ms, ms}, ms);
  m.subtract = Fun("IMap#Subtract" + t, {ms, key_set.sort}, ms);
  m.equal = Fun("IMap#Equal" + t, {ms, ms}, c_.bool_sort());
  AxiomatizeMap(m, keys, vals, false);
  AxiomatizeMapOps(m, keys, key_set);
  return m;
}

// Domain, values, cardinality, empty, build and equality. `keys`/`vals` are the sets (isets
// for an imap) of the domain and values.
void Collections::AxiomatizeMap(const MapOps& m, const SetOps& keys, const SetOps& vals,
                                bool finite) {
  const std::string n = m.sort.to_string() + ".";
  z3::expr a = Var("m", m.sort), b = Var("m'", m.sort);
  z3::expr u = Var("u", m.key), u2 = Var("u'", m.key), v = Var("v", m.val);
  auto dom = [&](const z3::expr& map, const z3::expr& k) { return keys.member(m.domain(map), k); };

  Axiom(n + "domain_nonempty", {a}, {{m.domain(a)}}, a == m.empty() || Exists({u}, {}, dom(a, u)));
  Axiom(n + "values_nonempty", {a}, {{m.values(a)}},
        a == m.empty() || Exists({v}, {}, vals.member(m.values(a), v)));
  if (finite) {
    Axiom(n + "card_nonneg", {a}, {{m.card(a)}}, 0 <= m.card(a));
    Axiom(n + "card_zero", {a}, {{m.card(a)}}, (m.card(a) == 0) == (a == m.empty()));
    Axiom(n + "card_domain", {a}, {{keys.card(m.domain(a))}, {m.card(a)}},
          keys.card(m.domain(a)) == m.card(a));
    Axiom(n + "card_values", {a}, {{vals.card(m.values(a))}, {m.card(a)}},
          vals.card(m.values(a)) <= m.card(a));
  } else {
    Axiom(n + "empty_domain_iff", {a}, {{m.domain(a)}},
          (a == m.empty()) == (m.domain(a) == keys.empty()));
    Axiom(n + "empty_values_iff", {a}, {{m.values(a)}},
          (a == m.empty()) == (m.values(a) == vals.empty()));
  }
  z3::expr in_values = vals.member(m.values(a), v);
  Axiom(
      n + "values_member", {a, v}, {{in_values}},
      in_values == Exists({u}, {{dom(a, u)}, {m.select(a, u)}}, dom(a, u) && v == m.select(a, u)));
  Axiom(n + "empty", {u}, {{dom(m.empty(), u)}}, !dom(m.empty(), u));

  // Build: m[u := v], for displays and updates.
  z3::expr built = m.build(a, u, v);
  Axiom(n + "build", {a, u, u2, v}, {{dom(built, u2)}, {m.select(built, u2)}},
        z3::implies(u2 == u, dom(built, u2) && m.select(built, u2) == v) &&
            z3::implies(u2 != u,
                        dom(built, u2) == dom(a, u2) && m.select(built, u2) == m.select(a, u2)));
  if (finite) {
    Axiom(n + "card_build_in", {a, u, v}, {{m.card(built)}},
          z3::implies(dom(a, u), m.card(built) == m.card(a)));
    Axiom(n + "card_build_out", {a, u, v}, {{m.card(built)}},
          z3::implies(!dom(a, u), m.card(built) == m.card(a) + 1));
  }

  // Equality: same domain, same values on it. The prelude gives the inner quantifiers no
  // patterns; Z3 picks them (the membership terms), as it does for Boogie's output.
  Axiom(n + "equal_def", {a, b}, {{m.equal(a, b)}},
        m.equal(a, b) ==
            (Quant(true, {u}, {}, dom(a, u) == dom(b, u), "") &&
             Quant(true, {u}, {}, z3::implies(dom(a, u), m.select(a, u) == m.select(b, u)), "")));
  Axiom(n + "equal_ext", {a, b}, {{m.equal(a, b)}}, z3::implies(m.equal(a, b), a == b));
  if (finite) {
    Axiom(n + "disjoint_def", {a, b}, {{m.disjoint(a, b)}},
          m.disjoint(a, b) ==
              Quant(true, {u}, {{dom(a, u)}, {dom(b, u)}}, !dom(a, u) || !dom(b, u), ""));
  }
}

// Merge (m + n) and subtract (m - s). `key_set` is the finite set type subtracted.
void Collections::AxiomatizeMapOps(const MapOps& m, const SetOps& keys, const SetOps& key_set) {
  const std::string n = m.sort.to_string() + ".";
  z3::expr a = Var("m", m.sort), b = Var("n", m.sort), s = Var("s", key_set.sort);
  z3::expr u = Var("u", m.key);
  auto dom = [&](const z3::expr& map, const z3::expr& k) { return keys.member(m.domain(map), k); };

  z3::expr merged = m.merge(a, b);
  Axiom(n + "merge_domain", {a, b}, {{m.domain(merged)}},
        m.domain(merged) == keys.union_(m.domain(a), m.domain(b)));
  Axiom(n + "merge_select", {a, b, u}, {{m.select(merged, u)}},
        z3::implies(dom(merged, u),
                    z3::implies(!dom(b, u), m.select(merged, u) == m.select(a, u)) &&
                        z3::implies(dom(b, u), m.select(merged, u) == m.select(b, u))));
  z3::expr sub = m.subtract(a, s);
  // For an imap the subtracted finite set is first made an iset (IMap#Subtract).
  z3::expr removed = Declared(keys.from_set) ? keys.from_set(s) : s;
  Axiom(n + "subtract_domain", {a, s}, {{m.domain(sub)}},
        m.domain(sub) == keys.difference(m.domain(a), removed));
  Axiom(n + "subtract_select", {a, s, u}, {{m.select(sub, u)}},
        z3::implies(dom(sub, u), m.select(sub, u) == m.select(a, u)));
}

const z3::func_decl& Collections::MapItems(const MapOps& map, const PairDecls& pair) {
  auto found = map_items_.find(map.sort.id());
  if (found != map_items_.end()) return found->second;
  const bool finite = Declared(map.card);
  const SetOps& keys = finite ? Set(map.key) : ISet(map.key);
  const SetOps& items = finite ? Set(pair.sort) : ISet(pair.sort);
  std::string name = finite ? "Map#Items" : "IMap#Items";
  z3::func_decl f = Fun(name + TypeArgs({map.key, map.val}), {map.sort}, items.sort);
  const std::string n = map.sort.to_string() + ".";
  z3::expr a = Var("m", map.sort), item = Var("item", pair.sort);
  z3::expr k = Var("k", map.key), v = Var("v", map.val);
  Axiom(n + "items_nonempty", {a}, {{f(a)}},
        a == map.empty() || Exists({k, v}, {}, items.member(f(a), pair.make(k, v))));
  if (finite) {
    Axiom(n + "card_items", {a}, {{items.card(f(a))}, {map.card(a)}},
          items.card(f(a)) == map.card(a));
  } else {
    Axiom(n + "empty_items_iff", {a}, {{f(a)}}, (a == map.empty()) == (f(a) == items.empty()));
  }
  z3::expr in = items.member(f(a), item);
  z3::expr key = pair.fst(item);
  Axiom(n + "items_member", {a, item}, {{in}},
        in == (keys.member(map.domain(a), key) && map.select(a, key) == pair.snd(item)));
  return map_items_.emplace(map.sort.id(), f).first->second;
}

}  // namespace dfy::verify
