// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: a member call on a value of a subset type of a
// generic datatype calls the datatype's member at the base type's arguments.
datatype S<T> = S(d: seq<T>) {
  function V(): seq<T> { d }
  function Len(): nat { |d| }
}
type I = x: S<char> | |x.d| < 10 witness S([])

function W(i: I): seq<char> { i.V() }

method M(i: I) returns (n: nat)
  ensures n < 10
{
  n := i.Len();
  assert i.V() == i.d;
}

method Bad(i: I) {
  assert i.Len() < 9;  // error: up to 9
}

datatype Shape = Circle(r: nat) | Square(side: nat)
type SmallShape = s: Shape | (s.Circle? && s.r < 5) || (s.Square? && s.side < 5) witness Circle(0)

function Size(s: SmallShape): nat {
  match s
  case Circle(r) => r
  case Square(x) => x
}

method Update(s: SmallShape) returns (t: Shape)
  ensures Size(s) < 5
{
  if s.Circle? {
    t := s.(r := s.r + 1);
    assert t.r <= 5;
  } else {
    t := s;
    var x := s.r;  // error: s is a Square
  }
}

// CHECK-EXIT: 4
// CHECK: member_call_on_subset_type.dfy(20,2): Error: assertion might not hold
// CHECK: member_call_on_subset_type.dfy(40,15): Error: destructor 'r' can only be applied to datatype values constructed by 'Circle'
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 2 errors
