// RUN: resolve --show-snippets false
// Forall statements as Dafny's resolver classifies them: only an aggregate assignment (a body of
// one single assignment, no ensures clause) with a compiled range is compiled, so a body of two
// assignments or of a multiple assignment, or a ghost range, makes the statement ghost and its
// assignments to array elements and fields errors. Any other forall statement is a proof,
// which may not call methods other than lemmas, allocate, or contain an aggregate assignment.
// A compiled aggregate assignment may not use ghost values. The same checks apply in a ghost if
// (an array element, a `new` calling a compiled constructor, several targets each reported at
// its right-hand side), and a ghost constructor may assign its object's fields before `new;`.
// The expected output is Dafny 4.11's, word for word and at its positions (`dafny resolve`).
// (Dafny gives its warnings before all ghost errors, dfyc each callable's in turn: the forall
// statements Dafny warns about are in the first method.)
class Cell {
  var v: int
  ghost var g: int
  constructor() { v := 0; g := 0; }
}
method M(i: int) { }
lemma L(i: int) { }
ghost predicate P(i: int) { true }

method Warned(a: array<int>, b: array<int>, cs: seq<Cell>)
  modifies a, b, set c | c in cs
{
  forall i | 0 <= i < a.Length {
    a[i], b[i] := 0, 1;
  }
  forall i | 0 <= i < a.Length && i < b.Length {
    a[i] := 0;
    b[i] := i + 1;
  }
  forall i | 0 <= i < 3 {
    var c := new Cell();
    forall c | c in cs { c.v := 2; }
  }
}

method GhostRange(a: array<int>)
  modifies a
{
  forall i | 0 <= i < a.Length && P(i) {
    a[i] := 0;
  }
}

method Calls(cs: seq<Cell>)
  modifies set c | c in cs
{
  forall i | 0 <= i < 3 {
    M(i);
  }
  forall i | 0 <= i < 3 {
    L(i);
  }
  forall c | c in cs {
    c.g := 1;
  }
  forall c | c in cs ensures true {
    c.v := 1;
  }
}

method GhostValue(a: array<int>, ghost k: int)
  modifies a
{
  forall i | 0 <= i < a.Length {
    a[i] := k;
  }
}

class Box {
  var v: int
  constructor() { v := 0; }
  ghost constructor G() { v := 0; }
  ghost constructor H() { v := 0; new; v := 1; }
}

method GhostIf(a: array<int>, ghost k: int, x: int) returns (y: int, z: int)
  modifies a
{
  if P(0) {
    var c := new Box();
    var d := new Box.G();
    a[0] := 1;
    y, z := 1, 2;
  }
  a[k] := 1;
  a[0] := k;
  ghost var b := new int[3];
  b[0] := x;
}

method Main() {
  var a := new int[3];
  forall i | 0 <= i < a.Length {
    a[i] := i * i;
  }
  print a[..], "\n";
}

// CHECK-EXIT: 2
// CHECK: forall_statement_ghost.dfy(25,2): Warning: the conclusion of the body of this forall statement will not be known outside the forall statement; consider using an 'ensures' clause
// CHECK: forall_statement_ghost.dfy(28,2): Warning: the conclusion of the body of this forall statement will not be known outside the forall statement; consider using an 'ensures' clause
// CHECK: forall_statement_ghost.dfy(32,2): Warning: the conclusion of the body of this forall statement will not be known outside the forall statement; consider using an 'ensures' clause
// CHECK: forall_statement_ghost.dfy(26,18): Error: assignment to array element is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: forall_statement_ghost.dfy(26,21): Error: assignment to array element is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: forall_statement_ghost.dfy(29,9): Error: assignment to array element is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: forall_statement_ghost.dfy(30,9): Error: assignment to array element is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: forall_statement_ghost.dfy(33,13): Error: a forall statement is not allowed to use 'new'
// CHECK: forall_statement_ghost.dfy(33,13): Error: in a forall statement, calls are allowed only to lemmas
// CHECK: forall_statement_ghost.dfy(34,4): Error: a forall statement is not allowed to perform an aggregate heap update
// CHECK: forall_statement_ghost.dfy(42,9): Error: assignment to array element is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: forall_statement_ghost.dfy(50,5): Error: in a forall statement, calls are allowed only to lemmas
// CHECK: forall_statement_ghost.dfy(59,8): Error: assignment to non-ghost field is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: forall_statement_ghost.dfy(67,12): Error: ghost variables such as k are allowed only in specification contexts. k was inferred to be ghost based on its declaration or initialization.
// CHECK: forall_statement_ghost.dfy(82,13): Error: only ghost methods can be called from this context
// CHECK: forall_statement_ghost.dfy(84,9): Error: assignment to array element is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: forall_statement_ghost.dfy(85,12): Error: assignment to non-ghost variable is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: forall_statement_ghost.dfy(85,15): Error: assignment to non-ghost variable is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: forall_statement_ghost.dfy(87,4): Error: ghost variables such as k are allowed only in specification contexts. k was inferred to be ghost based on its declaration or initialization.
// CHECK: forall_statement_ghost.dfy(88,10): Error: ghost variables such as k are allowed only in specification contexts. k was inferred to be ghost based on its declaration or initialization.
// CHECK: forall_statement_ghost.dfy(90,2): Error: ghost variables such as b are allowed only in specification contexts. b was inferred to be ghost based on its declaration or initialization.
// CHECK: forall_statement_ghost.dfy(75,41): Error: assignment to non-ghost field is not allowed in this context, because this is a ghost constructor
// CHECK: 19 resolution/type errors detected in forall_statement_ghost.dfy
