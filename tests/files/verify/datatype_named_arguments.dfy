// RUN: verify --show-snippets false --allow-warnings
// Constructor arguments given by name, in any order, mixed with positional ones.
datatype Step = Turn(take: nat, pile: nat) | Pass
datatype Game = Game(piles: seq<nat>, step: Step, moves: int)

method M() {
  var s := Turn(pile := 1, take := 4);
  assert s.take == 4 && s.pile == 1;
  var g := Game([3, 5], moves := 2, step := s);
  assert g.step == Turn(4, 1) && g.moves == 2;
  assert g.moves == 3;  // wrong
}

method N() {
  var h := Game(piles := [], step := Turn(take := -1, pile := 0), moves := 0);  // -1 is no nat
}


// CHECK-EXIT: 4
// CHECK: datatype_named_arguments.dfy(11,2): Error: assertion might not hold
// CHECK: datatype_named_arguments.dfy(15,50): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
