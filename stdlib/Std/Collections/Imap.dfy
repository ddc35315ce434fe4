// Std.Collections.Imap: functions on possibly infinite maps. Names and contracts as in Dafny's
// Std.Collections.Imap; RemoveKeys, RemoveKey, Restrict and Union are opaque, as there (their
// postconditions say what a caller needs).
module Std.Collections.Imap {
  import opened Wrappers

  // The value at x, if x is a key.
  function Get<X, Y>(m: imap<X, Y>, x: X): Option<Y> {
    if x !in m then None else Some(m[x])
  }

  // m without the keys in xs.
  opaque ghost function RemoveKeys<X, Y>(m: imap<X, Y>, xs: iset<X>): (m': imap<X, Y>)
    ensures forall x {:trigger m'[x]} :: x in m && x !in xs ==> x in m' && m'[x] == m[x]
    ensures forall x {:trigger x in m'} :: x in m' ==> x in m && x !in xs
    ensures m'.Keys == m.Keys - xs
  {
    imap k | k in m.Keys - xs :: m[k]
  }

  // m without the key x.
  opaque ghost function RemoveKey<X, Y>(m: imap<X, Y>, x: X): (m': imap<X, Y>)
    ensures m' == RemoveKeys(m, iset{x})
    ensures forall x' {:trigger m'[x']} :: x' in m' ==> m'[x'] == m[x']
  {
    var m' := imap k | k in m && k != x :: m[k];
    assert m'.Keys == RemoveKeys(m, iset{x}).Keys;
    m'
  }

  // m with only the keys in xs.
  opaque ghost function Restrict<X, Y>(m: imap<X, Y>, xs: iset<X>): (m': imap<X, Y>)
    ensures m' == RemoveKeys(m, m.Keys - xs)
  {
    var m' := imap k | k in m && k in xs :: m[k];
    assert m'.Keys == RemoveKeys(m, m.Keys - xs).Keys;
    m'
  }

  // m and m' agree at x: both lack it, or both have it with the same value.
  ghost predicate EqualOnKey<X, Y>(m: imap<X, Y>, m': imap<X, Y>, x: X) {
    if x in m then x in m' && m[x] == m'[x] else x !in m'
  }

  // Every entry of m is an entry of m'.
  ghost predicate IsSubset<X, Y>(m: imap<X, Y>, m': imap<X, Y>) {
    && m.Keys <= m'.Keys
    && forall x {:trigger EqualOnKey(m, m', x)} {:trigger x in m} :: x in m ==> EqualOnKey(m, m', x)
  }

  // Both maps' entries; m' wins where both have a key.
  opaque ghost function Union<X, Y>(m: imap<X, Y>, m': imap<X, Y>): (r: imap<X, Y>)
    ensures r.Keys == m.Keys + m'.Keys
    ensures forall x {:trigger r[x]} :: x in m' ==> r[x] == m'[x]
    ensures forall x {:trigger r[x]} :: x in m && x !in m' ==> r[x] == m[x]
  {
    m + m'
  }

  // No two keys map to the same value.
  ghost predicate Injective<X, Y>(m: imap<X, Y>) {
    forall x, x' {:trigger m[x], m[x']} :: x != x' && x in m && x' in m ==> m[x] != m[x']
  }

  // The map from each value back to a key that maps to it.
  ghost function Invert<X, Y>(m: imap<X, Y>): imap<Y, X> {
    imap y | y in m.Values :: var x :| x in m.Keys && m[x] == y; x
  }

  lemma LemmaInvertIsInjective<X, Y>(m: imap<X, Y>)
    ensures Injective(Invert(m))
  {
    // Each value's key maps back to that value, so distinct values have distinct keys.
  }

  // Every value of X is a key.
  ghost predicate Total<X(!new), Y>(m: imap<X, Y>) {
    forall i {:trigger m[i]} {:trigger i in m} :: i in m
  }

  ghost predicate Monotonic(m: imap<int, int>) {
    forall x, x' {:trigger m[x], m[x']} :: x in m && x' in m && x <= x' ==> m[x] <= m[x']
  }

  // Monotonic from start on.
  ghost predicate MonotonicFrom(m: imap<int, int>, start: int) {
    forall x, x' {:trigger m[x], m[x']} :: x in m && x' in m && start <= x <= x' ==> m[x] <= m[x']
  }
}
