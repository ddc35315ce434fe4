// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Co-inductive datatypes (lazy values, infinite streams, Dafny's printing).
// Expected output recorded from Dafny 4.11: dafny run --no-verify feature_codatatypes.dfy.
codatatype Stream<T> = Cons(head: T, tail: Stream<T>)
codatatype IList = Nil | ICons(h: int, t: IList)
datatype Holder = Holder(name: string, s: Stream<int>)

module Trees {
  codatatype Tree = Node(value: int, left: Tree, right: Tree)
}

// Infinite values: each Cons guards a co-recursive call, so it is built when first used.
function From(n: int): Stream<int> { Cons(n, From(n + 1)) }
function Repeat<T>(x: T): Stream<T> { Cons(x, Repeat(x)) }
function Map<A, B>(f: A -> B, s: Stream<A>): Stream<B> { Cons(f(s.head), Map(f, s.tail)) }
function Take<T>(s: Stream<T>, n: nat): seq<T> { if n == 0 then [] else [s.head] + Take(s.tail, n - 1) }
function Drop<T>(s: Stream<T>, n: nat): Stream<T> { if n == 0 then s else Drop(s.tail, n - 1) }
// Mutually co-recursive.
function Evens(n: int): Stream<int> { Cons(2 * n, Odds(n)) }
function Odds(n: int): Stream<int> { Cons(2 * n + 1, Evens(n + 1)) }
// A finite co-list built lazily.
function Up(n: int, m: int): IList { if n >= m then Nil else ICons(n, Up(n + 1, m)) }
function Sum(l: IList, fuel: nat): int {
  if fuel == 0 then 0 else match l
    case Nil => 0
    case ICons(h, t) => h + Sum(t, fuel - 1)
}
function Binary(n: int): Trees.Tree {
  Trees.Node(n, Binary(2 * n), Binary(2 * n + 1))
}

class Counter {
  const step: int
  constructor(step: int) { this.step := step; }
  function Steps(n: int): Stream<int> { Cons(n, Steps(n + step)) }
}

method Main() {
  var naturals := From(0);
  print Take(naturals, 5), "\n";
  print Take(Drop(naturals, 1000), 3), "\n";
  print Take(Map(x => x * x, From(1)), 6), "\n";
  print Take(Map((x: int) => if x % 2 == 0 then "even" else "odd", naturals), 3), "\n";
  print Take(Repeat('z'), 4), "\n";
  print Take(Evens(0), 8), "\n";
  print naturals, " ", naturals.tail.tail.head, "\n";
  var u := naturals.(head := 42);
  print Take(u, 3), "\n";
  var l := Up(1, 5);
  print l, " ", Sum(l, 10), "\n";
  match l {
    case Nil => print "empty\n";
    case ICons(h, _) => print "first ", h, "\n";
  }
  print ICons(7, Nil), " ", Nil, "\n";
  var holder := Holder("naturals", From(10));
  print holder, " ", Take(holder.s, 2), "\n";
  var t := Binary(1);
  print t, " ", t.value, " ", t.left.value, " ", t.right.left.right.value, "\n";
  var c := new Counter(5);
  print Take(c.Steps(1), 4), "\n";
  // A long evaluated prefix is freed without deep recursion.
  print Drop(naturals, 200000).head, "\n";
  var d: Stream<int>;
  print Take(d, 3), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: [0, 1, 2, 3, 4]
// CHECK: [1000, 1001, 1002]
// CHECK: [1, 4, 9, 16, 25, 36]
// CHECK: [['e', 'v', 'e', 'n'], ['o', 'd', 'd'], ['e', 'v', 'e', 'n']]
// CHECK: zzzz
// CHECK: [0, 1, 2, 3, 4, 5, 6, 7]
// CHECK: Stream.Cons 2
// CHECK: [42, 1, 2]
// CHECK: IList.ICons 10
// CHECK: first 1
// CHECK: IList.ICons IList.Nil
// CHECK: Holder.Holder("naturals", Stream.Cons) [10, 11]
// CHECK: Trees.Tree.Node 1 2 13
// CHECK: [1, 6, 11, 16]
// CHECK: 200000
// CHECK: [0, 0, 0]
