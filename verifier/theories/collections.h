// The SMT theory of Dafny's collections (seq, set, iset, multiset, map, imap) for Z3, with
// Dafny's axioms and Dafny's triggers.
//
// Input: Z3 sorts of element, key and value types (whatever sorts the encoder uses for Dafny
// types). Output: per instantiation, an uninterpreted sort, its function symbols (the `*Ops`
// structs) and the axioms about them (`TakeAxioms`), which the caller asserts in its solver.
//
// Why monomorphised: values are native Z3 sorts, not Dafny's `Box`, so each element sort gets
// its own copy of the prelude's functions and axioms. Each axiom states what
// Source/DafnyCore/DafnyPrelude.bpl states for that function, with `Box` replaced by the
// element sort and the same patterns (and weights), because users' proofs are tuned to
// Dafny's instantiations and the prelude's patterns were chosen to avoid matching loops.
//
// Why sets, isets and multisets are uninterpreted sorts with a membership (or multiplicity)
// function rather than Z3 arrays: the whole theory then runs on E-matching with the prelude's
// explicit patterns on `member`/`count`, exactly as Dafny's `Set#IsMember` and
// `MultiSet#Multiplicity`; Z3's array theory would add its own extensionality and
// instantiation rules that Dafny's proofs do not expect (and that cost time). A map's
// `Map#Elements(m)[k]` becomes `select(m, k)`, one function of the map and key.
//
// Skipped (they need Box, Ty, heaps or function values, which this component does not see):
// `$Is`/`$IsAlloc`/`$IsBox` typing axioms, `Seq#Create`, `Seq#FromArray`, `Set#FromBoogieMap`
// (set comprehensions), `Map#Glue`/`IMap#Glue` (map comprehensions), `SetRef_to_SetBox`.
// `Math#min`/`Math#clip` (multiset intersection and difference) are written as `ite`
// terms; the prelude's functions have the same meaning and no trigger depends on them.
// `$IsGoodMultiSet` is a function here (`MultisetOps::is_good`): Dafny assumes it through
// `$Is` for every multiset-typed variable, parameter, field read and function result; the
// encoder must assume `is_good(x)` in the same places (see README.md here).
#pragma once

#include <z3++.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace dfy::verify {

// One instance per Z3 context; not thread-safe (like the context itself).
class Collections {
 public:
  explicit Collections(z3::context& c);

  // seq<E>. Dafny's translation: `|s|` length, `[]` empty, displays `[a, b]` are
  // build(build(empty, a), b), `s + t` append, `s[i]` index, `s[i := v]` update, `x in s`
  // contains, `s == t` equal, `s <= t` (prefix) length(s) <= length(t) && same_until(s, t,
  // length(s)), `s[..n]` take, `s[n..]` drop, `s[lo..hi]` drop(take(s, hi), lo), `decreases s`
  // compares rank.
  struct SeqOps {
    explicit SeqOps(z3::context& c);
    z3::sort sort, elem;
    z3::func_decl length, empty, build /*s + [x]*/, append, index, update, contains, equal,
        same_until, take, drop, rank;
    // Seq#Build_inv0/1: injectivity of build.
    z3::func_decl build_inv0, build_inv1;
  };

  // set<E> (finite) and iset<E>. `x in s` member, `{}` empty, displays `{a, b}` are
  // union_one(union_one(empty, a), b), `+` union_, `*` intersection, `-` difference, `<=`
  // subset, `<` subset && !equal, `==` equal, `!!` disjoint, `|s|` card.
  // For an iset, `card` is null (isets have no cardinality) and `from_set` is
  // ISet#FromSet(set<E>): the iset with the members of a finite set; for a set it is null.
  // `singleton(x)` is union_one(empty, x) by an axiom; Dafny itself emits union_one.
  struct SetOps {
    explicit SetOps(z3::context& c);
    z3::sort sort, elem;
    z3::func_decl empty, singleton, union_one, union_, intersection, difference, subset, equal,
        disjoint, card, member /*x in s*/;
    z3::func_decl from_set;
  };

  // multiset<E>. `m[x]` count, `m[x := n]` update (UpdateMultiplicity), `multiset(s)` from_seq
  // or from_set, `x in m` 0 < count(m, x), displays are union_one chains from empty, the
  // rest as for sets. is_good ($IsGoodMultiSet): every multiplicity is in 0..card.
  struct MultisetOps {
    explicit MultisetOps(z3::context& c);
    z3::sort sort, elem;
    z3::func_decl empty, singleton, union_one, union_, intersection, difference, subset, equal,
        disjoint, card, count /*multiplicity*/, from_seq, from_set, update, is_good;
  };

  // map<K, V> and imap<K, V>. `k in m` is member(domain(m), k) on Set(K) (ISet(K) for an
  // imap), `m[k]` select, `m.Keys` domain, `m.Values` values (a Set(V) or ISet(V)), `|m|`
  // card, `m[k := v]` and displays build (from empty), `m + n` merge, `m - s` subtract (s a
  // set<K>, also for imaps), `==` equal, `!!` disjoint. For an imap, card and disjoint are
  // null. `m.Items` needs the encoder's pair type: see MapItems.
  struct MapOps {
    explicit MapOps(z3::context& c);
    z3::sort sort, key, val;
    z3::func_decl empty, domain /*returns Set<K>*/, values, card, build /*m[k := v]*/,
        select /*m[k]*/, merge /*m1 + m2*/, subtract /*m - s*/, equal, disjoint;
  };

  // The encoder's 2-tuple (k, v): a sort with constructor and the two destructors, which the
  // encoder axiomatizes (a Z3 datatype does it by itself).
  struct PairDecls {
    z3::sort sort;
    z3::func_decl make, fst, snd;
  };

  // The operations of each instantiation, created (with their axioms) on first use. The
  // references stay valid as long as this object lives.
  const SeqOps& Seq(const z3::sort& elem);
  const SetOps& Set(const z3::sort& elem);
  const SetOps& ISet(const z3::sort& elem);
  const MultisetOps& Multiset(const z3::sort& elem);
  const MapOps& Map(const z3::sort& key, const z3::sort& val);
  const MapOps& IMap(const z3::sort& key, const z3::sort& val);

  // `set x | x in s` for a sequence: the finite set of the elements of s. Not in Dafny's
  // prelude (Dafny goes through a lambda); defined by member(f(s), x) <==> contains(s, x), so
  // it behaves as Dafny's comprehension does after one instantiation.
  const z3::func_decl& SeqElements(const z3::sort& elem);

  // Map#Items (or IMap#Items): m.Items as a Set (ISet) of pairs, with `pair` the encoder's
  // tuple for (key, val). Created once per map instantiation.
  const z3::func_decl& MapItems(const MapOps& map, const PairDecls& pair);

  // The prelude's rank axiom for sequences of an inductive datatype: every element's DtRank
  // is below the sequence's rank, so `decreases` on a datatype holding a sequence works.
  // `dt_rank` is the encoder's rank function of sort elem -> Int. Generated once per elem.
  void SeqElementRank(const z3::sort& elem, const z3::func_decl& dt_rank);

  // "<A,B>": the part of an instantiation's sort and function names after the family's name
  // ("Seq<Int>").
  static std::string TypeArgs(const std::vector<z3::sort>& sorts);

  // Axioms generated since the last call, for the instantiations created so far. Each axiom is
  // returned once; the caller asserts them into its solver(s).
  std::vector<z3::expr> TakeAxioms();

 private:
  using Pattern = std::vector<z3::expr>;

  // A quantifier with alternative (multi-)patterns, a weight (Boogie's {:weight}) and a
  // name for profiles (`qid`).
  z3::expr Quant(bool is_forall, const std::vector<z3::expr>& vars,
                 const std::vector<Pattern>& patterns, const z3::expr& body, const std::string& qid,
                 unsigned weight = 0);
  // Adds the axiom `forall vars {patterns} :: body` named `name` (or `body` if no vars).
  void Axiom(const std::string& name, const std::vector<z3::expr>& vars,
             const std::vector<Pattern>& patterns, const z3::expr& body, unsigned weight = 0);
  z3::expr Exists(const std::vector<z3::expr>& vars, const std::vector<Pattern>& patterns,
                  const z3::expr& body);
  z3::expr Var(const char* name, const z3::sort& s);
  z3::func_decl Fun(const std::string& name, const std::vector<z3::sort>& domain,
                    const z3::sort& range);

  void AxiomatizeSeq(const SeqOps& q);
  void AxiomatizeSeqTakeDrop(const SeqOps& q);
  void AxiomatizeSet(const SetOps& s);
  void AxiomatizeSetCard(const SetOps& s);
  void AxiomatizeMultiset(const MultisetOps& m);
  void AxiomatizeMultisetCard(const MultisetOps& m);
  void AxiomatizeMultisetFrom(const MultisetOps& m, const SeqOps& q, const SetOps& s);
  void AxiomatizeMap(const MapOps& m, const SetOps& keys, const SetOps& vals, bool finite);
  void AxiomatizeMapOps(const MapOps& m, const SetOps& keys, const SetOps& key_set);

  z3::context& c_;
  std::vector<z3::expr> pending_;
  std::map<unsigned, SeqOps> seqs_;
  std::map<unsigned, SetOps> sets_;
  std::map<unsigned, SetOps> isets_;
  std::map<unsigned, MultisetOps> multisets_;
  std::map<std::pair<unsigned, unsigned>, MapOps> maps_;
  std::map<std::pair<unsigned, unsigned>, MapOps> imaps_;
  std::map<unsigned, z3::func_decl> seq_elements_;
  std::map<unsigned, z3::func_decl> map_items_;  // by the map sort's id
  std::map<unsigned, bool> seq_element_rank_;
};

}  // namespace dfy::verify
