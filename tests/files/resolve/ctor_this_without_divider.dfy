// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// Without `new;` the whole body is the first division.
class Cell {
  var v: int
  constructor (x: int)
  {
    v := x;
    print v, "\n";
  }
}

// CHECK-EXIT: 2
// CHECK: ctor_this_without_divider.dfy(9,10): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: 1 resolution/type errors detected in ctor_this_without_divider.dfy
