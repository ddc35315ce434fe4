// RUN: verify --show-snippets false
// Two modules each declare a type `State`; function values and datatypes over them are
// different types.
module A {
  type State(==, 0, !new)
  datatype Pair = Pair(s: State, n: nat)
  ghost predicate Init(s: State)
  ghost predicate Run(ss: nat -> State) { Init(ss(0)) }
}

module B {
  type State(==, 0, !new)
  datatype Pair = Pair(s: State, n: int)
  ghost predicate Init(s: State)
  ghost predicate Run(ss: nat -> State) { Init(ss(0)) }
}

lemma Both(a: nat -> A.State, b: nat -> B.State, p: A.Pair, q: B.Pair)
  requires A.Run(a) && B.Run(b)
  ensures A.Init(a(0)) && B.Init(b(0))
  ensures p.n >= 0
  ensures q.n >= 0
{
}

// CHECK-EXIT: 4
// CHECK: same_type_names_in_modules.dfy(23,0): Error: a postcondition could not be proved on this return path
// CHECK: same_type_names_in_modules.dfy(22,14): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
