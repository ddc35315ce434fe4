// RUN: verify --show-snippets false
datatype List = Nil | Cons(head: int, tail: List)
function Length(l: List): nat
{
  match l
  case Nil => 0
  case Cons(_, t) => 1 + Length(t)
}
function Sum(l: List): int
{
  if l.Nil? then 0 else l.head + Sum(l.tail)
}
lemma LengthNonNeg(l: List) ensures Length(l) >= 0 {}
datatype Tree<T> = Leaf | Node(left: Tree<T>, value: T, right: Tree<T>)
method Test() {
  var l := Cons(1, Cons(2, Nil));
  assert Length(l) == 2;
  assert Sum(l) == 3;
  assert l.head == 1;
  var t: Tree<int> := Node(Leaf, 3, Leaf);
  assert t.value == 3;
  match l {
    case Nil => assert false;
    case Cons(h, _) => assert h == 1;
  }
  var x := var y := 5; y + 1;
  assert x == 6;
}
method Bad(l: List) {
  var h := l.head;
}

// CHECK-EXIT: 4
// CHECK: datatype_list.dfy(30,13): Error: destructor 'head' can only be applied to datatype values constructed by 'Cons'
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 1 error
