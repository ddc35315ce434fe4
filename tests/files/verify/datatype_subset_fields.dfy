// RUN: verify --show-snippets false --allow-warnings
// Datatypes and tuples with constrained fields: Dafny's $Is of the datatype is assumed of
// parameters and checked where a value is made. Expected output recorded from Dafny 4.11.
datatype Option<T> = None | Some(value: T)
datatype List = Nil | Cons(head: nat, tail: List)
datatype R = R(n: nat, m: int)

method UseOpt(o: Option<nat>)
  requires o.Some?
  ensures o.value >= 0
{
}

method A() {
  var o: Option<nat> := Some(-1);
}

method B(r: R) returns (s: R) {
  s := r.(n := r.m);
}

function Last(l: List): nat
  requires l.Cons?
{
  if l.tail.Nil? then l.head else Last(l.tail)
}

method C(l: List)
  requires l.Cons? && l.tail.Cons?
{
  assert l.tail.head >= 0;
  assert Last(l) >= 0;
  var p: (nat, nat) := (1, 2);
  var q: (nat, int) := (3, -4);
  var t: set<(nat, nat)> := {(1, 2), p};
  assert p.0 + p.1 >= 0;
  var u: (nat, nat) := q;
}


// CHECK-EXIT: 4
// CHECK: datatype_subset_fields.dfy(15,29): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: datatype_subset_fields.dfy(19,17): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: datatype_subset_fields.dfy(37,23): Error: value of expression (of type '(nat, int)') is not known to be an instance of type '(nat, nat)'
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 3 errors
