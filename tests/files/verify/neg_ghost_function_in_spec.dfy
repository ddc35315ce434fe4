// RUN: verify --show-snippets false
// A ghost function used in a spec; its result is misjudged.
ghost function Square(x: int): int { x * x }
method M(x: int) returns (y: int)
  ensures y == Square(x) + 1
{
  y := x * x;
}

// CHECK-EXIT: 4
// CHECK: neg_ghost_function_in_spec.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_ghost_function_in_spec.dfy(5,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
