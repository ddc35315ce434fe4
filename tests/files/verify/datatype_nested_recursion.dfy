// RUN: verify --show-snippets false
// A datatype recursive through another datatype (Expr through List<Expr>): Z3 declares the two
// together, and values of the two types compare by rank in decreases clauses.
datatype List<T> = Nil | Cons(head: T, tail: List<T>)
datatype Expr = Const(n: nat) | Node(args: List<Expr>)

function Sum(e: Expr): nat {
  match e
  case Const(n) => n
  case Node(args) => SumList(args)
}

function SumList(es: List<Expr>): nat {
  match es
  case Nil => 0
  case Cons(e, tail) => Sum(e) + SumList(tail)
}

lemma SumOfNode(e: Expr)
  requires e.Node? && e.args.Cons?
  ensures Sum(e) >= Sum(e.args.head)
{
}

function Loop(e: Expr): nat {
  match e
  case Const(n) => n
  case Node(args) => LoopList(Cons(e, args))
}

function LoopList(es: List<Expr>): nat {
  match es
  case Nil => 0
  case Cons(e, tail) => Loop(e)
}

// CHECK-EXIT: 4
// CHECK: datatype_nested_recursion.dfy(28,29): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 1 error
