// RUN: run --no-verify
// Generic subset types in compiled code: a NonEmpty<T> of sequences, a NonLeaf<T> of a generic
// datatype, a subset type of tuples and of maps, one over another (Nested<T>), as parameters,
// fields of a generic class, elements of collections and function types. In C++ each is its
// base type with the type arguments substituted (NonEmpty<int> is dfy::Seq<dfy::Int>).
// Expected output checked against Dafny 4.11 (`dafny run --no-verify`).
type NonEmpty<T> = s: seq<T> | |s| > 0 witness *
datatype Tree<T> = Leaf | Node(left: Tree<T>, value: T, right: Tree<T>)
type NonLeaf<T> = t: Tree<T> | t.Node? witness *
type Pair<A, B> = p: (A, B) | true
type SmallMap<K, V> = m: map<K, V> | |m| < 10
type Nested<T> = n: NonEmpty<NonEmpty<T>> | |n| < 5 witness *

function Head<T>(s: NonEmpty<T>): T { s[0] }
function Root<T>(t: NonLeaf<T>): T { t.value }
method Firsts<T>(xs: seq<NonEmpty<T>>) returns (r: seq<T>) {
  r := [];
  for i := 0 to |xs| { r := r + [xs[i][0]]; }
}
class Box<T> {
  var items: NonEmpty<T>
  constructor(x: T) { items := [x]; }
  method Add(x: T) modifies this { items := items + [x]; }
}
method Main() {
  var s: NonEmpty<int> := [3, 1, 4];
  print Head(s), " ", s, "\n";
  var t: NonLeaf<string> := Node(Leaf, "root", Leaf);
  print Root(t), " ", t, "\n";
  var p: Pair<int, char> := (1, 'x');
  print p, " ", p.1, "\n";
  var m: SmallMap<string, int> := map["a" := 1];
  print m, "\n";
  var n: Nested<bool> := [[true], [false, true]];
  print n, " ", |n|, "\n";
  var fs := Firsts([[1, 2], [3]]);
  print fs, "\n";
  var b := new Box("x");
  b.Add("y");
  print b.items, "\n";
  var ss: seq<NonEmpty<char>> := ["ab", "c"];
  print ss, "\n";
  var f: NonEmpty<int> -> int := Head;
  print f([9]), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 3 [3, 1, 4]
// CHECK: root Tree.Node(Tree.Leaf, ['r', 'o', 'o', 't'], Tree.Leaf)
// CHECK: (1, 'x') 'x'
// CHECK: map[['a'] := 1]
// CHECK: [[true], [false, true]] 2
// CHECK: [1, 3]
// CHECK: [['x'], ['y']]
// CHECK: [['a', 'b'], ['c']]
// CHECK: 9
