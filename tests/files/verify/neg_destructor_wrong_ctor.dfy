// RUN: verify --show-snippets false
// A destructor applied to a value that may be built by another constructor.
datatype Shape = Circle(r: int) | Square(side: int)
function Radius(s: Shape): int
{
  s.r
}

// CHECK-EXIT: 4
// CHECK: neg_destructor_wrong_ctor.dfy(6,4): Error: destructor 'r' can only be applied to datatype values constructed by 'Circle'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
