// RUN: verify --show-snippets false
// An assertion inside one match case that does not hold. Dafny 4.11 counts 0 verified here.
datatype Op = Add | Sub | Mul
function Apply(op: Op, a: int, b: int): int
{
  match op
  case Add => a + b
  case Sub => a - b
  case Mul => a * b
}
method M(op: Op) {
  match op {
    case Add => assert Apply(op, 2, 3) == 5;
    case Sub => assert Apply(op, 2, 3) == 1;
    case Mul => assert Apply(op, 2, 3) == 6;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_match_case_assert.dfy(14,16): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
