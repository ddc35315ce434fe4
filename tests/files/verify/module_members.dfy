// RUN: verify --show-snippets false
module Math {
  function Square(x: int): int { x * x }
  lemma SquareNonNeg(x: int) ensures Square(x) >= 0 {}
}
module Client {
  import M = Math
  import opened Math
  method Test(y: int) {
    M.SquareNonNeg(y);
    assert M.Square(y) >= 0;
    assert Square(2) == 4;
  }
}
function Square(x: int): int { x + x }
method Top() { assert Square(3) == 6; assert Math.Square(3) == 9; }

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 0 errors
