// RUN: verify --show-snippets false --allow-warnings
// A destructor shared by two constructors; the third constructor lacks it.
datatype Shape = Circle(size: int) | Square(size: int) | Point
function Size(s: Shape): int
  requires !s.Point?
{
  s.size
}
method M(s: Shape) returns (n: int)
  requires s != Circle(0)
{
  n := s.size;
}

// CHECK-EXIT: 4
// CHECK: neg_shared_destructor.dfy(12,9): Error: destructor 'size' can only be applied to datatype values constructed by 'Circle' or 'Square'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
