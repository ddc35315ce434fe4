// RUN: resolve --show-snippets false
// Dafny 4.11 (dafny resolve) accepts these type arguments for (0) and (00) type parameters:
// nonempty ones, a ghost witness in ghost code, possibly-null classes, datatypes grounded by a
// constructor of nonempty arguments, partial arrows and type parameters declared (0) or (00).
datatype List<T> = Nil | Cons(head: T, tail: List)
datatype Tree<T> = Leaf(T) | Node(Tree<T>, Tree<T>)
codatatype Stream<T> = More(T, Stream<T>)
type GhostWitness = x: int | x == 7 ghost witness 7
type Opaque(00)
class C { }

ghost function Pick<T(00)>(xs: List<T>): T
ghost function Zero<T(0)>(xs: List<T>): T
function Pair<A(0), B(00)>(a: A, b: B): int { 0 }
method M<T(00)>(x: T) { }
method Auto<T(0)>(x: T) { }

lemma L<T(00)>(xs: List<T>)
  ensures Pick(xs) == Pick(xs)
{
}

method N<U(0), V(00)>(u: U, v: V, g: GhostWitness, c: C?, o: Opaque, f: int --> bool) {
  ghost var a := Pick<GhostWitness>(Nil);
  ghost var b := Zero<GhostWitness>(Nil);
  ghost var b2 := Zero(Cons(v, Nil));
  var p := Pair(u, v);
  var q := Pair<C?, Opaque>(c, o);
  var r := Pair<int --> bool, List<Tree<V>>>(f, Nil);
  var s := Pair<List<U>, Stream<V>>(Nil, Pick(Nil));
  M(u);
  M(v);
  M(o);
  Auto(c);
  Auto(Cons(u, Nil));
  var h := Pick<U>;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
