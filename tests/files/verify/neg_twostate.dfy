// RUN: verify --show-snippets false --allow-warnings
// Wrong uses of two-state functions and lemmas: a postcondition that does not hold, and
// arguments not allocated in the previous state.
class Cell {
  var v: int
}

twostate function Delta(c: Cell): int
  reads c
{
  c.v - old(c.v)
}

twostate lemma Same(c: Cell)
  ensures old(c.v) == old(c.v)
{}

method Dec(c: Cell)
  modifies c
  ensures Delta(c) >= 0
{
  c.v := c.v - 1;
}

method FreshFunction() {
  var d := new Cell;
  var x := Delta(d);
}

method FreshLemma() {
  var d := new Cell;
  Same(d);
}

// CHECK-EXIT: 4
// CHECK: neg_twostate.dfy(21,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_twostate.dfy(20,19): Related location: this is the postcondition that could not be proved
// CHECK: neg_twostate.dfy(27,17): Error: argument for parameter 'c' could not be proved to be allocated in the two-state function's previous state -- if you add 'new' before the parameter declaration, like 'new c: Cell', arguments can refer to expressions possibly unallocated in the previous state
// CHECK: neg_twostate.dfy(32,7): Error: argument for parameter 'c' could not be proved to be allocated in the two-state lemma's previous state -- if you add 'new' before the parameter declaration, like 'new c: Cell', arguments can refer to expressions possibly unallocated in the previous state
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 3 errors
