// RUN: verify --show-snippets false
// Equality of datatype values that hold collections is Dafny's D#Equal: the same constructor
// and equal fields, each compared as `==` compares it (sequences and sets by their elements),
// so `v' == v` follows from what is known of each field. Expected output is Dafny 4.11's.
datatype V = V(ids: seq<nat>, hh: seq<int>)
lemma UpdateWithSameValue(v: V, v': V, d: nat)
  requires d < |v.hh|
  requires v'.ids == v.ids
  requires v'.hh == v.hh[d := v.hh[d]]
  ensures v' == v
{
}
lemma EqualFields(v: V, v': V, d: nat)
  requires d < |v.hh|
  requires v'.ids == v.ids
  requires v'.hh == v.hh
  ensures v' == v
{
}
lemma SeqUpdateWithSameValue(s: seq<int>, t: seq<int>, d: nat)
  requires d < |s|
  requires t == s[d := s[d]]
  ensures t == s
{
}
lemma OneField(v: V, v': V)
  requires v'.ids == v.ids
  ensures v' == v
{
}
lemma Fields(v: V, w: V) requires v == w ensures v.ids == w.ids {}
lemma Differ(v: V, w: V) requires v != w ensures v.ids != w.ids || v.hh != w.hh {}
datatype T = T(s: set<int>, t: (seq<int>, int))
lemma Tuples(x: T, y: T) requires x.s == y.s && x.t.0 == y.t.0 && x.t.1 == y.t.1 ensures x == y {}
lemma TupleFieldUnknown(x: T, y: T) requires x.s == y.s && x.t.0 == y.t.0 ensures x == y {}

// CHECK-EXIT: 4
// CHECK: datatype_equality_of_collections.dfy(29,0): Error: a postcondition could not be proved on this return path
// CHECK: datatype_equality_of_collections.dfy(28,13): Related location: this is the postcondition that could not be proved
// CHECK: datatype_equality_of_collections.dfy(35,89): Error: a postcondition could not be proved on this return path
// CHECK: datatype_equality_of_collections.dfy(35,84): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 2 errors
