// Tests for verifier/theories/collections.h: Dafny's collection axioms, checked with Z3 itself
// under dfyc's solver options. "Proves" means the axioms plus the negated goal are unsat;
// "does not prove" means they are not unsat within a resource limit (so the axioms do not
// make a false fact provable).
#include "verifier/theories/collections.h"

#include <doctest/doctest.h>

#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace dfy::verify {
namespace {

// dfyc's global Z3 options (verifier.cpp, SetGlobalZ3Options); they must precede the context.
struct DfycOptions {
  DfycOptions() {
    static std::once_flag once;
    std::call_once(once, [] {
      z3::set_param("auto_config", false);
      z3::set_param("smt.mbqi", false);
      z3::set_param("smt.qi.eager_threshold", 44);
      z3::set_param("smt.delay_units", true);
      z3::set_param("smt.case_split", 3);
      z3::set_param("smt.arith.solver", 2);
    });
  }
};

// A context with the theory; the `*Ops` members are the int instantiations.
struct Theory : DfycOptions {
  z3::context c;
  Collections col{c};
  z3::sort int_ = c.int_sort();
  const Collections::SeqOps& q = col.Seq(int_);
  const Collections::SetOps& st = col.Set(int_);
  const Collections::MultisetOps& ms = col.Multiset(int_);
  const Collections::MapOps& mp = col.Map(int_, int_);
  std::vector<z3::expr> axioms;
  // Whether the last Check ended because no quantifier had more instances (or found a model),
  // not because the resource limit ran out: evidence of no matching loop in that query.
  bool saturated = false;

  z3::expr Int(const char* name) { return c.int_const(name); }
  z3::expr Seq(const char* name) { return c.constant(name, q.sort); }
  z3::expr Set(const char* name) { return c.constant(name, st.sort); }
  z3::expr Ms(const char* name) { return c.constant(name, ms.sort); }
  z3::expr Map(const char* name) { return c.constant(name, mp.sort); }
  z3::expr Lit(int n) { return c.int_val(n); }
  // [a, b, ...] and {a, b, ...} as Dafny writes displays.
  z3::expr SeqOf(const std::vector<z3::expr>& xs) {
    z3::expr s = q.empty();
    for (const z3::expr& x : xs) s = q.build(s, x);
    return s;
  }
  z3::expr SetOf(const std::vector<z3::expr>& xs) {
    z3::expr s = st.empty();
    for (const z3::expr& x : xs) s = st.union_one(s, x);
    return s;
  }

  // The verdict on `hyps ==> goal`, with every axiom generated so far.
  z3::check_result Check(const std::vector<z3::expr>& hyps, const z3::expr& goal) {
    for (z3::expr& a : col.TakeAxioms()) axioms.push_back(a);
    z3::solver s(c);
    z3::params p(c);
    p.set("rlimit", 3000000u);
    s.set(p);
    for (const z3::expr& a : axioms) s.add(a);
    for (const z3::expr& h : hyps) s.add(h);
    s.add(!goal);
    z3::check_result r = s.check();
    saturated =
        r == z3::sat || (r == z3::unknown &&
                         s.reason_unknown().find("incomplete quantifiers") != std::string::npos);
    return r;
  }
  bool Proves(const std::vector<z3::expr>& hyps, const z3::expr& goal) {
    return Check(hyps, goal) == z3::unsat;
  }
  bool Proves(const z3::expr& goal) { return Proves({}, goal); }
  // The goal is not proved, and instantiation stopped by itself (no matching loop).
  bool DoesNotProve(const std::vector<z3::expr>& hyps, const z3::expr& goal) {
    return Check(hyps, goal) != z3::unsat && saturated;
  }
  bool DoesNotProve(const z3::expr& goal) { return DoesNotProve({}, goal); }
};

// ---------------------------------------------------------------------------------------------
// Consistency and bookkeeping

TEST_CASE("Collections: the axioms of many instantiations are satisfiable together") {
  Theory t;
  const auto& nested = t.col.Seq(t.q.sort);
  t.col.Map(t.int_, nested.sort);
  t.col.IMap(t.int_, t.c.bool_sort());
  t.col.ISet(t.c.real_sort());
  t.col.Multiset(t.st.sort);
  t.col.SeqElements(t.int_);
  z3::func_decl_vector getters(t.c);
  const char* names[] = {"fst", "snd"};
  z3::sort sorts[] = {t.int_, t.int_};
  z3::func_decl make = t.c.tuple_sort("Pair", 2, names, sorts, getters);
  t.col.MapItems(t.mp, {make.range(), make, getters[0], getters[1]});
  CHECK(t.DoesNotProve(t.c.bool_val(false)));
}

TEST_CASE("Collections: the axioms with concrete values are satisfiable") {
  Theory t;
  z3::expr s = t.Seq("s"), a = t.Set("A"), m = t.Map("m"), x = t.Int("x");
  std::vector<z3::expr> facts = {
      t.q.length(s) == 3,
      t.q.index(s, t.Lit(0)) == 7,
      t.q.contains(s, x),
      t.st.member(a, x),
      t.st.card(a) == 2,
      !t.st.member(a, t.Lit(7)),
      t.mp.select(m, x) == 5,
      t.st.member(t.mp.domain(m), x),
      t.ms.count(t.ms.from_seq(s), t.Lit(7)) == 1,
      // Terms of every kind together, so instantiation chains between theories meet.
      t.q.rank(t.q.drop(t.q.take(s, t.Lit(2)), t.Lit(1))) > 0,
      t.q.contains(t.q.update(t.q.append(s, s), x, t.Lit(3)), t.Lit(3)),
      t.ms.card(t.ms.difference(t.ms.from_seq(t.q.update(s, t.Lit(1), x)), t.ms.from_set(a))) == 1,
      t.st.card(t.mp.domain(t.mp.subtract(t.mp.merge(m, t.mp.build(m, x, x)), a))) == 1,
      t.st.member(t.mp.values(m), t.Lit(5)),
      t.st.disjoint(a, t.st.intersection(a, t.SetOf({x}))) == t.st.subset(a, t.st.empty()),
  };
  CHECK(t.DoesNotProve(facts, t.c.bool_val(false)));
}

TEST_CASE("Collections: the proofs below need the axioms") {
  Theory t;
  z3::expr s = t.Seq("s"), u = t.Seq("t"), a = t.Map("m"), k = t.Int("k"), v = t.Int("v");
  auto& q = t.q;
  std::vector<z3::expr> goals = {
      q.length(q.append(s, u)) == q.length(s) + q.length(u),
      t.mp.select(t.mp.build(a, k, v), k) == v,
      t.st.member(t.st.union_one(t.Set("S"), k), k),
  };
  t.col.TakeAxioms();  // dropped: the solver sees no axiom
  for (const z3::expr& goal : goals) CHECK(t.DoesNotProve(goal));
}

TEST_CASE("Collections: each instantiation's axioms are returned once") {
  Theory t;
  std::vector<z3::expr> first = t.col.TakeAxioms();
  CHECK(first.size() > 100);
  t.col.Seq(t.int_);
  t.col.Map(t.int_, t.int_);
  CHECK(t.col.TakeAxioms().empty());
  // No axiom twice: Z3 shares identical terms, so equal axioms would have equal ids.
  std::set<unsigned> ids;
  for (const z3::expr& a : first) ids.insert(a.id());
  CHECK(ids.size() == first.size());
  // A new element sort makes a new instantiation with its own axioms.
  const auto& bools = t.col.Seq(t.c.bool_sort());
  CHECK(bools.sort.id() != t.q.sort.id());
  CHECK_FALSE(t.col.TakeAxioms().empty());
}

// ---------------------------------------------------------------------------------------------
// Sequences

TEST_CASE("Seq: length of append, build and displays") {
  Theory t;
  z3::expr s = t.Seq("s"), u = t.Seq("t"), x = t.Int("x");
  auto& q = t.q;
  CHECK(t.Proves(q.length(q.append(s, u)) == q.length(s) + q.length(u)));
  CHECK(t.Proves(q.length(q.build(s, x)) == q.length(s) + 1));
  CHECK(t.Proves(q.length(t.SeqOf({t.Lit(1), t.Lit(2)})) == 2));
  CHECK(t.Proves(q.length(q.empty()) == 0));
  CHECK(t.Proves(q.length(s) >= 0));
}

TEST_CASE("Seq: indexing an append, a build and a display") {
  Theory t;
  z3::expr s = t.Seq("s"), u = t.Seq("t"), i = t.Int("i"), j = t.Int("j"), x = t.Int("x");
  auto& q = t.q;
  CHECK(t.Proves({0 <= i, i < q.length(s)}, q.index(q.append(s, u), i) == q.index(s, i)));
  CHECK(t.Proves({0 <= j, j < q.length(u)},
                 q.index(q.append(s, u), q.length(s) + j) == q.index(u, j)));
  CHECK(t.Proves(q.index(q.build(s, x), q.length(s)) == x));
  CHECK(t.Proves(q.index(t.SeqOf({t.Lit(4), t.Lit(5)}), t.Lit(1)) == 5));
}

TEST_CASE("Seq: s[..i] + s[i..] == s") {
  Theory t;
  z3::expr s = t.Seq("s"), i = t.Int("i");
  auto& q = t.q;
  z3::expr split = q.append(q.take(s, i), q.drop(s, i));
  CHECK(t.Proves({0 <= i, i <= q.length(s)}, q.equal(split, s)));
}

TEST_CASE("Seq: indexing take and drop") {
  Theory t;
  z3::expr s = t.Seq("s"), i = t.Int("i"), j = t.Int("j");
  auto& q = t.q;
  CHECK(t.Proves({0 <= j, j < i, i <= q.length(s)}, q.index(q.take(s, i), j) == q.index(s, j)));
  CHECK(t.Proves({0 <= i, 0 <= j, i + j < q.length(s)},
                 q.index(q.drop(s, i), j) == q.index(s, i + j)));
  CHECK(t.Proves({0 <= i, i <= q.length(s)},
                 q.length(q.take(s, i)) == i && q.length(q.drop(s, i)) == q.length(s) - i));
}

TEST_CASE("Seq: update") {
  Theory t;
  z3::expr s = t.Seq("s"), i = t.Int("i"), j = t.Int("j"), v = t.Int("v");
  auto& q = t.q;
  z3::expr u = q.update(s, i, v);
  std::vector<z3::expr> valid = {0 <= i, i < q.length(s)};
  CHECK(t.Proves(valid, q.index(u, i) == v));
  CHECK(t.Proves(valid, q.length(u) == q.length(s)));
  CHECK(t.Proves({0 <= j, j < q.length(s), i != j}, q.index(u, j) == q.index(s, j)));
}

TEST_CASE("Seq: v in s[i := v], once s[i := v][i] is mentioned (as Dafny needs too)") {
  Theory t;
  z3::expr s = t.Seq("s"), i = t.Int("i"), v = t.Int("v");
  auto& q = t.q;
  z3::expr u = q.update(s, i, v);
  CHECK(t.Proves({0 <= i, i < q.length(s), q.index(u, i) == v}, q.contains(u, v)));
}

TEST_CASE("Seq: membership in displays, appends and builds") {
  Theory t;
  z3::expr s = t.Seq("s"), u = t.Seq("t"), x = t.Int("x");
  auto& q = t.q;
  CHECK(t.Proves(q.contains(q.build(s, x), x)));
  CHECK(t.Proves({q.contains(s, x)}, q.contains(q.append(s, u), x)));
  CHECK(t.Proves(!q.contains(q.empty(), x)));
  CHECK(t.Proves(q.contains(t.SeqOf({t.Lit(1), t.Lit(2), t.Lit(3)}), t.Lit(2))));
}

TEST_CASE("Seq: x in s has a witness index") {
  Theory t;
  z3::expr s = t.Seq("s"), x = t.Int("x"), i = t.Int("i");
  auto& q = t.q;
  z3::expr none = z3::forall(i, z3::implies(0 <= i && i < q.length(s), q.index(s, i) != x));
  CHECK(t.Proves({q.contains(s, x)}, !none));
  // And an index in range is a member.
  CHECK(t.Proves({0 <= i, i < q.length(s)}, q.contains(s, q.index(s, i))));
}

TEST_CASE("Seq: membership in take and drop") {
  Theory t;
  z3::expr s = t.Seq("s"), i = t.Int("i"), j = t.Int("j");
  auto& q = t.q;
  CHECK(t.Proves({0 <= j, j < i, i <= q.length(s)}, q.contains(q.take(s, i), q.index(s, j))));
  CHECK(t.Proves({0 <= i, i <= j, j < q.length(s)}, q.contains(q.drop(s, i), q.index(s, j))));
}

TEST_CASE("Seq: extensionality") {
  Theory t;
  z3::expr s = t.Seq("s"), u = t.Seq("t"), i = t.Int("i");
  auto& q = t.q;
  z3::expr same =
      z3::forall(i, z3::implies(0 <= i && i < q.length(s), q.index(s, i) == q.index(u, i)));
  CHECK(t.Proves({q.length(s) == q.length(u), same}, q.equal(s, u)));
  // Equal sequences are the same term: any function agrees on them.
  z3::func_decl f = t.c.function("f", q.sort, t.int_);
  CHECK(t.Proves({q.equal(s, u)}, f(s) == f(u)));
  CHECK(t.Proves({q.equal(s, u)}, q.length(s) == q.length(u)));
}

TEST_CASE("Seq: the empty sequence is a unit of append") {
  Theory t;
  z3::expr s = t.Seq("s");
  auto& q = t.q;
  CHECK(t.Proves(q.equal(q.append(q.empty(), s), s)));
  CHECK(t.Proves(q.equal(q.append(s, q.empty()), s)));
  CHECK(t.Proves({q.length(s) == 0}, s == q.empty()));
}

TEST_CASE("Seq: take and drop of an append, of zero, and of a drop") {
  Theory t;
  z3::expr s = t.Seq("s"), u = t.Seq("t"), i = t.Int("i"), j = t.Int("j");
  auto& q = t.q;
  z3::expr st = q.append(s, u);
  CHECK(t.Proves(q.take(st, q.length(s)) == s));
  CHECK(t.Proves(q.drop(st, q.length(s)) == u));
  CHECK(t.Proves(q.take(s, t.Lit(0)) == q.empty()));
  CHECK(t.Proves(q.drop(s, t.Lit(0)) == s));
  CHECK(t.Proves({0 <= i, 0 <= j, i + j <= q.length(s)},
                 q.drop(q.drop(s, i), j) == q.drop(s, i + j)));
}

TEST_CASE("Seq: take and drop of an update and a build") {
  Theory t;
  z3::expr s = t.Seq("s"), i = t.Int("i"), n = t.Int("n"), v = t.Int("v");
  auto& q = t.q;
  z3::expr u = q.update(s, i, v);
  CHECK(t.Proves({0 <= i, i < n, n <= q.length(s)}, q.take(u, n) == q.update(q.take(s, n), i, v)));
  CHECK(t.Proves({0 <= n, n <= i, i < q.length(s)}, q.take(u, n) == q.take(s, n)));
  CHECK(t.Proves({0 <= n, n <= q.length(s)}, q.drop(q.build(s, v), n) == q.build(q.drop(s, n), v)));
}

TEST_CASE("Seq: prefix (same_until)") {
  Theory t;
  z3::expr s = t.Seq("s"), u = t.Seq("t");
  auto& q = t.q;
  CHECK(t.Proves(q.same_until(s, q.append(s, u), q.length(s))));
  CHECK(t.Proves(q.same_until(q.take(s, q.length(s)), s, q.length(s))));
}

TEST_CASE("Seq: rank decreases on proper consecutive sub-sequences") {
  Theory t;
  z3::expr s = t.Seq("s"), i = t.Int("i"), j = t.Int("j");
  auto& q = t.q;
  std::vector<z3::expr> nonempty = {q.length(s) > 0};
  CHECK(t.Proves(nonempty, q.rank(q.drop(s, t.Lit(1))) < q.rank(s)));
  CHECK(t.Proves(nonempty, q.rank(q.take(s, q.length(s) - 1)) < q.rank(s)));
  CHECK(t.Proves({0 <= i, i < j, j <= q.length(s)},
                 q.rank(q.append(q.take(s, i), q.drop(s, j))) < q.rank(s)));
  // s[1..][1..] through transitivity.
  CHECK(t.Proves({q.length(s) > 1}, q.rank(q.drop(q.drop(s, t.Lit(1)), t.Lit(1))) < q.rank(s)));
}

TEST_CASE("Seq: element rank of a datatype below the sequence's rank") {
  Theory t;
  z3::sort dt = t.c.uninterpreted_sort("D");
  z3::func_decl dt_rank = t.c.function("DtRank", dt, t.int_);
  t.col.SeqElementRank(dt, dt_rank);
  t.col.SeqElementRank(dt, dt_rank);
  const auto& ds = t.col.Seq(dt);
  z3::expr s = t.c.constant("s", ds.sort), i = t.Int("i");
  CHECK(t.Proves({0 <= i, i < ds.length(s)}, dt_rank(ds.index(s, i)) < ds.rank(s)));
}

TEST_CASE("Seq: set of the elements of a sequence") {
  Theory t;
  z3::expr s = t.Seq("s"), x = t.Int("x");
  const z3::func_decl& elems = t.col.SeqElements(t.int_);
  CHECK(t.Proves({t.q.contains(s, x)}, t.st.member(elems(s), x)));
  CHECK(t.Proves({t.st.member(elems(s), x)}, t.q.contains(s, x)));
  CHECK(t.Proves(t.st.card(elems(s)) <= t.q.length(s)));
}

TEST_CASE("Seq: sequences of sequences") {
  Theory t;
  const auto& qq = t.col.Seq(t.q.sort);
  z3::expr inner = t.SeqOf({t.Lit(1)});
  z3::expr outer = qq.build(qq.empty(), inner);
  CHECK(t.Proves(t.q.index(qq.index(outer, t.Lit(0)), t.Lit(0)) == 1));
  CHECK(t.Proves(qq.contains(outer, inner)));
}

TEST_CASE("Seq: false facts are not proved") {
  Theory t;
  z3::expr s = t.Seq("s"), u = t.Seq("t"), i = t.Int("i"), v = t.Int("v"), x = t.Int("x");
  auto& q = t.q;
  CHECK(t.DoesNotProve(q.length(q.append(s, u)) == q.length(s)));
  CHECK(t.DoesNotProve(q.equal(q.append(s, u), q.append(u, s))));
  CHECK(t.DoesNotProve(q.rank(q.take(s, q.length(s))) < q.rank(s)));
  CHECK(t.DoesNotProve({0 <= i, i < q.length(s), q.contains(q.update(s, i, v), x)},
                       q.contains(s, x)));
  CHECK(t.DoesNotProve(q.index(q.append(s, u), i) == q.index(s, i)));
}

// ---------------------------------------------------------------------------------------------
// Sets

TEST_CASE("Set: membership in displays and unions") {
  Theory t;
  z3::expr a = t.Set("S"), x = t.Int("x"), y = t.Int("y");
  auto& s = t.st;
  CHECK(t.Proves(s.member(s.union_(t.SetOf({x}), a), x)));
  CHECK(t.Proves(s.member(s.union_one(a, x), x)));
  CHECK(t.Proves({s.member(a, y)}, s.member(s.union_one(a, x), y)));
  CHECK(t.Proves(!s.member(s.empty(), x)));
  CHECK(t.Proves(s.member(s.singleton(x), y) == (x == y)));
}

TEST_CASE("Set: |S + {x}| <= |S| + 1") {
  Theory t;
  z3::expr a = t.Set("S"), x = t.Int("x");
  auto& s = t.st;
  CHECK(t.Proves(s.card(s.union_(a, t.SetOf({x}))) <= s.card(a) + 1));
  CHECK(t.Proves(s.card(s.union_one(a, x)) <= s.card(a) + 1));
  CHECK(t.Proves({!s.member(a, x)}, s.card(s.union_one(a, x)) == s.card(a) + 1));
  CHECK(t.Proves(s.card(t.SetOf({t.Lit(1), t.Lit(2), t.Lit(1)})) == 2));
}

TEST_CASE("Set: subset of union, intersection below its operands") {
  Theory t;
  z3::expr a = t.Set("A"), b = t.Set("B");
  auto& s = t.st;
  CHECK(t.Proves(s.subset(a, s.union_(a, b))));
  CHECK(t.Proves(s.subset(s.intersection(a, b), a)));
  CHECK(t.Proves(s.subset(s.difference(a, b), a)));
}

TEST_CASE("Set: difference") {
  Theory t;
  z3::expr a = t.Set("A"), b = t.Set("B"), x = t.Int("x");
  auto& s = t.st;
  CHECK(t.Proves({s.member(s.difference(a, b), x)}, s.member(a, x) && !s.member(b, x)));
  CHECK(t.Proves({s.member(b, x)}, !s.member(s.difference(a, b), x)));
  CHECK(t.Proves(s.card(s.difference(a, b)) <= s.card(a)));
}

TEST_CASE("Set: equality is extensional") {
  Theory t;
  z3::expr a = t.Set("A"), b = t.Set("B");
  auto& s = t.st;
  CHECK(t.Proves(s.equal(s.union_(a, b), s.union_(b, a))));
  CHECK(t.Proves({s.subset(a, b), s.subset(b, a)}, s.equal(a, b)));
  CHECK(t.Proves({s.equal(a, b)}, a == b));
  CHECK(t.Proves(s.union_(s.union_(a, b), b) == s.union_(a, b)));
}

TEST_CASE("Set: cardinality of union, intersection and emptiness") {
  Theory t;
  z3::expr a = t.Set("A"), b = t.Set("B"), x = t.Int("x");
  auto& s = t.st;
  CHECK(t.Proves(s.card(s.union_(a, b)) + s.card(s.intersection(a, b)) == s.card(a) + s.card(b)));
  CHECK(t.Proves({s.card(a) == 0}, a == s.empty()));
  CHECK(t.Proves({s.card(a) > 0}, z3::exists(x, s.member(a, x))));
  CHECK(t.Proves(s.card(s.empty()) == 0));
  CHECK(t.Proves({s.member(a, x)}, s.card(a) > 0));
}

TEST_CASE("Set: disjointness") {
  Theory t;
  z3::expr a = t.Set("A"), b = t.Set("B"), x = t.Int("x");
  auto& s = t.st;
  CHECK(t.Proves({s.disjoint(a, b), s.member(a, x)}, !s.member(b, x)));
  CHECK(t.Proves(s.disjoint(s.difference(a, b), b)));
  CHECK(t.Proves({s.disjoint(a, b)}, s.card(s.union_(a, b)) == s.card(a) + s.card(b)));
}

TEST_CASE("Set: false facts are not proved") {
  Theory t;
  z3::expr a = t.Set("A"), b = t.Set("B"), x = t.Int("x");
  auto& s = t.st;
  CHECK(t.DoesNotProve({s.member(s.union_(a, b), x)}, s.member(a, x)));
  CHECK(t.DoesNotProve(s.card(s.union_(a, b)) == s.card(a) + s.card(b)));
  CHECK(t.DoesNotProve(s.subset(s.union_(a, b), a)));
}

TEST_CASE("ISet: membership, equality, and isets of finite sets") {
  Theory t;
  const auto& is = t.col.ISet(t.int_);
  z3::expr a = t.c.constant("A", is.sort), b = t.c.constant("B", is.sort), x = t.Int("x");
  z3::expr fin = t.Set("S");
  CHECK(t.Proves(is.member(is.union_(a, is.union_one(b, x)), x)));
  CHECK(t.Proves(is.equal(is.union_(a, b), is.union_(b, a))));
  CHECK(t.Proves({is.member(a, x)}, !is.member(is.difference(b, a), x)));
  CHECK(t.Proves(is.member(is.from_set(fin), x) == t.st.member(fin, x)));
  CHECK(t.DoesNotProve({is.member(is.union_(a, b), x)}, is.member(a, x)));
}

// ---------------------------------------------------------------------------------------------
// Multisets

TEST_CASE("Multiset: multiset(s + t) == multiset(s) + multiset(t)") {
  Theory t;
  z3::expr s = t.Seq("s"), u = t.Seq("t");
  auto& m = t.ms;
  CHECK(t.Proves(m.equal(m.from_seq(t.q.append(s, u)), m.union_(m.from_seq(s), m.from_seq(u)))));
  CHECK(t.Proves(m.from_seq(t.q.empty()) == m.empty()));
}

TEST_CASE("Multiset: |multiset(s)| == |s| and multiset(s + [x])") {
  Theory t;
  z3::expr s = t.Seq("s"), x = t.Int("x");
  auto& m = t.ms;
  CHECK(t.Proves(m.card(m.from_seq(s)) == t.q.length(s)));
  CHECK(t.Proves(m.equal(m.from_seq(t.q.build(s, x)), m.union_(m.from_seq(s), m.singleton(x)))));
}

TEST_CASE("Multiset: x in s iff x in multiset(s)") {
  Theory t;
  z3::expr s = t.Seq("s"), x = t.Int("x");
  auto& m = t.ms;
  CHECK(t.Proves({t.q.contains(s, x)}, 0 < m.count(m.from_seq(s), x)));
  CHECK(t.Proves({0 < m.count(m.from_seq(s), x)}, t.q.contains(s, x)));
}

TEST_CASE("Multiset: multiset of an updated sequence") {
  Theory t;
  z3::expr s = t.Seq("s"), i = t.Int("i"), v = t.Int("v");
  auto& m = t.ms;
  z3::expr upd = m.from_seq(t.q.update(s, i, v));
  CHECK(t.Proves({0 <= i, i < t.q.length(s)}, 0 < m.count(upd, v)));
  CHECK(t.Proves({0 <= i, i < t.q.length(s)}, m.card(upd) == t.q.length(s)));
}

TEST_CASE("Multiset: multiset([a, b]) == multiset([b, a])") {
  Theory t;
  z3::expr a = t.Int("a"), b = t.Int("b");
  auto& m = t.ms;
  CHECK(t.Proves(m.equal(m.from_seq(t.SeqOf({a, b})), m.from_seq(t.SeqOf({b, a})))));
}

TEST_CASE("Multiset: multiplicity update m[x := n]") {
  Theory t;
  z3::expr a = t.Ms("m"), x = t.Int("x"), y = t.Int("y");
  auto& m = t.ms;
  z3::expr upd = m.update(a, x, t.Lit(3));
  CHECK(t.Proves(m.count(upd, x) == 3));
  CHECK(t.Proves({x != y}, m.count(upd, y) == m.count(a, y)));
  CHECK(t.Proves(m.card(upd) == m.card(a) - m.count(a, x) + 3));
}

TEST_CASE("Multiset: cardinality, union and difference") {
  Theory t;
  z3::expr a = t.Ms("A"), b = t.Ms("B"), x = t.Int("x");
  auto& m = t.ms;
  CHECK(t.Proves(m.card(m.union_(a, b)) == m.card(a) + m.card(b)));
  CHECK(t.Proves(m.card(m.union_one(a, x)) == m.card(a) + 1));
  CHECK(t.Proves({m.count(a, x) <= m.count(b, x)}, m.count(m.difference(a, b), x) == 0));
  CHECK(t.Proves(m.count(m.union_one(a, x), x) == m.count(a, x) + 1));
  CHECK(t.Proves(m.count(m.singleton(x), x) == 1 && m.count(m.empty(), x) == 0));
}

TEST_CASE("Multiset: subset of a union needs good multisets, as in Dafny") {
  Theory t;
  z3::expr a = t.Ms("A"), b = t.Ms("B");
  auto& m = t.ms;
  CHECK(t.Proves({m.is_good(a), m.is_good(b)}, m.subset(a, m.union_(a, b))));
  CHECK(t.Proves(m.subset(m.intersection(a, b), a)));
  CHECK(t.Proves({m.is_good(a), m.is_good(b)}, m.equal(m.union_(a, b), m.union_(b, a))));
}

TEST_CASE("Multiset: multisets of sets") {
  Theory t;
  z3::expr s = t.Set("S"), x = t.Int("x");
  auto& m = t.ms;
  CHECK(t.Proves(m.card(m.from_set(s)) == t.st.card(s)));
  CHECK(t.Proves({t.st.member(s, x)}, m.count(m.from_set(s), x) == 1));
  CHECK(t.Proves({!t.st.member(s, x)}, m.count(m.from_set(s), x) == 0));
}

TEST_CASE("Multiset: disjointness and emptiness") {
  Theory t;
  z3::expr a = t.Ms("A"), b = t.Ms("B"), x = t.Int("x");
  auto& m = t.ms;
  CHECK(t.Proves({m.disjoint(a, b), 0 < m.count(a, x)}, m.count(b, x) == 0));
  CHECK(t.Proves({m.card(a) == 0}, a == m.empty()));
  CHECK(t.Proves({m.card(a) != 0}, z3::exists(x, 0 < m.count(a, x))));
}

TEST_CASE("Multiset: false facts are not proved") {
  Theory t;
  z3::expr s = t.Seq("s"), u = t.Seq("t"), a = t.Ms("A"), b = t.Ms("B"), x = t.Int("x");
  auto& m = t.ms;
  CHECK(t.DoesNotProve(m.equal(m.from_seq(s), m.from_seq(u))));
  CHECK(t.DoesNotProve(m.card(m.difference(a, b)) == m.card(a)));
  CHECK(t.DoesNotProve(m.count(m.union_one(a, x), x) == 1));
}

// ---------------------------------------------------------------------------------------------
// Maps

TEST_CASE("Map: m[k := v][k] == v and k in m[k := v]") {
  Theory t;
  z3::expr a = t.Map("m"), k = t.Int("k"), v = t.Int("v");
  auto& m = t.mp;
  z3::expr b = m.build(a, k, v);
  CHECK(t.Proves(m.select(b, k) == v));
  CHECK(t.Proves(t.st.member(m.domain(b), k)));
}

TEST_CASE("Map: update leaves other keys") {
  Theory t;
  z3::expr a = t.Map("m"), k = t.Int("k"), k2 = t.Int("k2"), v = t.Int("v");
  auto& m = t.mp;
  z3::expr b = m.build(a, k, v);
  CHECK(t.Proves({k != k2}, m.select(b, k2) == m.select(a, k2)));
  CHECK(t.Proves({k != k2}, t.st.member(m.domain(b), k2) == t.st.member(m.domain(a), k2)));
}

TEST_CASE("Map: cardinality of update, keys and empty") {
  Theory t;
  z3::expr a = t.Map("m"), k = t.Int("k"), v = t.Int("v");
  auto& m = t.mp;
  z3::expr b = m.build(a, k, v);
  CHECK(t.Proves({!t.st.member(m.domain(a), k)}, m.card(b) == m.card(a) + 1));
  CHECK(t.Proves({t.st.member(m.domain(a), k)}, m.card(b) == m.card(a)));
  CHECK(t.Proves(t.st.card(m.domain(a)) == m.card(a)));
  CHECK(t.Proves(!t.st.member(m.domain(m.empty()), k)));
  CHECK(t.Proves({m.card(a) == 0}, a == m.empty()));
  CHECK(t.Proves(m.card(m.build(m.empty(), k, v)) == 1));
}

TEST_CASE("Map: merge m + n") {
  Theory t;
  z3::expr a = t.Map("m"), b = t.Map("n"), k = t.Int("k");
  auto& m = t.mp;
  auto in = [&](const z3::expr& map) { return t.st.member(m.domain(map), k); };
  z3::expr mn = m.merge(a, b);
  CHECK(t.Proves({in(b)}, m.select(mn, k) == m.select(b, k)));
  CHECK(t.Proves({in(a), !in(b)}, m.select(mn, k) == m.select(a, k)));
  CHECK(t.Proves({in(a)}, in(mn)));
  CHECK(t.Proves({!in(a), !in(b)}, !in(mn)));
}

TEST_CASE("Map: subtract m - s") {
  Theory t;
  z3::expr a = t.Map("m"), k = t.Int("k"), k2 = t.Int("k2");
  auto& m = t.mp;
  z3::expr sub = m.subtract(a, t.SetOf({k}));
  CHECK(t.Proves(!t.st.member(m.domain(sub), k)));
  CHECK(t.Proves({t.st.member(m.domain(a), k2), k != k2},
                 t.st.member(m.domain(sub), k2) && m.select(sub, k2) == m.select(a, k2)));
}

TEST_CASE("Map: equality is extensional") {
  Theory t;
  z3::expr a = t.Map("m"), b = t.Map("n"), k = t.Int("k");
  auto& m = t.mp;
  CHECK(t.Proves({t.st.member(m.domain(a), k)}, m.equal(m.build(a, k, m.select(a, k)), a)));
  CHECK(t.Proves({m.equal(a, b)}, a == b));
  CHECK(t.Proves(m.equal(m.merge(a, m.empty()), a)));
}

TEST_CASE("Map: values") {
  Theory t;
  z3::expr a = t.Map("m"), k = t.Int("k"), v = t.Int("v");
  auto& m = t.mp;
  CHECK(t.Proves({t.st.member(m.domain(a), k)}, t.st.member(m.values(a), m.select(a, k))));
  CHECK(t.Proves(t.st.card(m.values(a)) <= m.card(a)));
  CHECK(t.Proves({t.st.member(m.values(a), v)},
                 z3::exists(k, t.st.member(m.domain(a), k) && m.select(a, k) == v)));
}

TEST_CASE("Map: items, with a Z3 tuple for pairs") {
  Theory t;
  z3::func_decl_vector getters(t.c);
  const char* names[] = {"fst", "snd"};
  z3::sort sorts[] = {t.int_, t.int_};
  z3::func_decl make = t.c.tuple_sort("Pair", 2, names, sorts, getters);
  const auto& pairs = t.col.Set(make.range());
  const z3::func_decl& items = t.col.MapItems(t.mp, {make.range(), make, getters[0], getters[1]});
  CHECK(&items == &t.col.MapItems(t.mp, {make.range(), make, getters[0], getters[1]}));
  z3::expr a = t.Map("m"), k = t.Int("k");
  auto& m = t.mp;
  CHECK(t.Proves({t.st.member(m.domain(a), k)}, pairs.member(items(a), make(k, m.select(a, k)))));
  CHECK(t.Proves(pairs.card(items(a)) == m.card(a)));
}

TEST_CASE("Map: disjointness") {
  Theory t;
  z3::expr a = t.Map("m"), b = t.Map("n"), k = t.Int("k");
  auto& m = t.mp;
  CHECK(t.Proves({m.disjoint(a, b), t.st.member(m.domain(a), k)}, !t.st.member(m.domain(b), k)));
}

TEST_CASE("Map: maps to sequences") {
  Theory t;
  const auto& ms = t.col.Map(t.int_, t.q.sort);
  z3::expr a = t.c.constant("m", ms.sort), k = t.Int("k"), s = t.Seq("s");
  CHECK(t.Proves(t.q.length(ms.select(ms.build(a, k, t.q.build(s, k)), k)) == t.q.length(s) + 1));
}

TEST_CASE("Map: false facts are not proved") {
  Theory t;
  z3::expr a = t.Map("m"), k = t.Int("k"), k2 = t.Int("k2"), v = t.Int("v");
  auto& m = t.mp;
  CHECK(t.DoesNotProve(m.select(m.build(a, k, v), k2) == v));
  CHECK(t.DoesNotProve(m.card(m.build(a, k, v)) == m.card(a) + 1));
  CHECK(t.DoesNotProve(t.st.member(m.domain(a), k)));
}

TEST_CASE("IMap: build, merge, subtract and equality") {
  Theory t;
  const auto& im = t.col.IMap(t.int_, t.int_);
  const auto& keys = t.col.ISet(t.int_);
  z3::expr a = t.c.constant("m", im.sort), b = t.c.constant("n", im.sort);
  z3::expr k = t.Int("k"), k2 = t.Int("k2"), v = t.Int("v");
  auto in = [&](const z3::expr& map, const z3::expr& key) {
    return keys.member(im.domain(map), key);
  };
  z3::expr built = im.build(a, k, v);
  CHECK(t.Proves(im.select(built, k) == v && in(built, k)));
  CHECK(t.Proves({in(b, k)}, im.select(im.merge(a, b), k) == im.select(b, k)));
  CHECK(t.Proves(!in(im.subtract(a, t.SetOf({k})), k)));
  CHECK(t.Proves({in(a, k)}, im.equal(im.build(a, k, im.select(a, k)), a)));
  CHECK(t.Proves(!in(im.empty(), k)));
  CHECK(t.DoesNotProve(im.select(built, k2) == v));
}

}  // namespace
}  // namespace dfy::verify
