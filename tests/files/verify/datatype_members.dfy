// RUN: verify --show-snippets false
datatype Shape = Circle(r: nat) | Rect(w: nat, h: nat)
{
  function Area(): nat {
    match this
    case Circle(r) => 3 * r * r
    case Rect(w, h) => w * h
  }
  predicate IsSquare() { Rect? && w == h }
  function Width(): nat { w }
}
method Test() {
  var s := Rect(2, 2);
  assert s.Area() == 4;
  assert s.IsSquare();
  var c := Circle(1);
  assert c.Area() == 3;
}

// CHECK-EXIT: 4
// CHECK: datatype_members.dfy(10,26): Error: destructor 'w' can only be applied to datatype values constructed by 'Rect'
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
