// RUN: verify --allow-warnings --show-snippets false
// Datatypes whose values hold values of their own type in collections: each element of a
// sequence, member of a set, element of a multiset, key and value of a map ranks below the
// value that holds it (Dafny's rank axioms), so such a value never holds itself and recursion
// into the elements terminates. The last two lemmas are false and fail as in Dafny 4.11, whose
// output this file's expectations record.
datatype Tree = Leaf | Node(children: seq<Tree>)
datatype Bag = Empty | Many(items: multiset<Bag>)
datatype Group = Alone | Members(set<Group>)
datatype Table = Nil | Entries(map<int, Table>)
datatype Index = Bottom | Keys(map<Index, int>)

lemma SeqRank(t: Tree)
  ensures t != Node([t])
{
  assert [t][0] == t;
}

lemma SeqRankAt(s: seq<Tree>, i: int)
  requires 0 <= i < |s|
  ensures s[i] != Node(s)
{
}

lemma MultisetRank(b: Bag)
  ensures b != Many(multiset{b})
{
}

lemma SetRank(g: Group)
  ensures g != Members({g})
{
}

lemma MapValueRank(t: Table)
  ensures t != Entries(map[0 := t])
{
  assert 0 in map[0 := t];
}

lemma MapKeyRank(x: Index)
  ensures x != Keys(map[x := 0])
{
  assert x in map[x := 0];
}

function Leftmost(t: Tree): nat
{
  match t
  case Leaf => 0
  case Node(cs) => if |cs| == 0 then 1 else 1 + Leftmost(cs[0])
}

lemma LeftmostOfChain(t: Tree)
  ensures Leftmost(Node([Node([t])])) == 2 + Leftmost(t)
{
}

lemma NotEveryNode(t: Tree)
  requires t.Node?
  ensures |t.children| > 0
{
}

lemma NotEveryGroup(a: Group, b: Group)
  ensures a != Members({b})
{
}

// CHECK-EXIT: 4
// CHECK: datatype_in_collection.dfy(62,0): Error: a postcondition could not be proved on this return path
// CHECK: datatype_in_collection.dfy(61,23): Related location: this is the postcondition that could not be proved
// CHECK: datatype_in_collection.dfy(67,0): Error: a postcondition could not be proved on this return path
// CHECK: datatype_in_collection.dfy(66,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 10 verified, 2 errors
