// RUN: verify --show-snippets false --allow-warnings
// Members of generic datatypes: this, its constructor tests and destructors of the instance.
datatype Option<T> = None | Some(value: T) {
  predicate IsFailure() { None? }
  function GetOr(d: T): T { if Some? then value else d }
  function Map<U>(f: T -> U): Option<U> { if Some? then Some(f(value)) else None }
}
method M() {
  var o: Option<int> := Some(3);
  assert o.GetOr(0) == 3;
  assert !o.IsFailure();
  assert o.Map(x => x + 1) == Some(4);
  var n: Option<bool> := None;
  assert n.GetOr(true);
  assert o.GetOr(1) == 1;  // wrong
}

// CHECK-EXIT: 4
// CHECK: generic_datatype_members.dfy(15,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
