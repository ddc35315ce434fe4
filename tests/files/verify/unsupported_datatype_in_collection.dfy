// RUN: verify --allow-warnings --show-snippets false
// A datatype whose values hold values of itself in a collection, and a generic class whose
// field instantiates the class with other type arguments (without end): dfyc says it cannot
// verify them yet (Dafny 4.11 verifies both: 2 verified), where it used to fail inside.
datatype Tree = Leaf | Node(children: seq<Tree>)

lemma ChildSmaller(t: Tree)
  requires t.Node? && |t.children| > 0
  ensures t.children[0] != t
{
}

class Store<T> {
  var next: Store?<array<T>>
  constructor () { next := null; }
}

// CHECK-EXIT: 2
// CHECK: unsupported_datatype_in_collection.dfy(5,9): Error: dfyc cannot verify datatypes that hold themselves in a seq, set, multiset or map yet
// CHECK: unsupported_datatype_in_collection.dfy(14,6): Error: dfyc cannot verify fields of a generic class of the class with other type arguments yet
// CHECK: 2 resolution/type errors detected in unsupported_datatype_in_collection.dfy
