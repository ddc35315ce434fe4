// RUN: verify --show-snippets false
// A match expression computes a result the postcondition rejects.
datatype Dir = North | East | South | West
method Turn(d: Dir) returns (e: Dir)
  ensures e != d
{
  e := match d
    case North => East
    case East => South
    case South => South
    case West => North;
}

// CHECK-EXIT: 4
// CHECK: neg_match_expression_method_result.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_match_expression_method_result.dfy(5,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
