// RUN: verify --show-snippets false
// An out-parameter of a type without a default is not assigned on every path.
class Item {}
method Pick(b: bool, it: Item) returns (r: Item)
{
  if b {
    r := it;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_definite_assignment_out_param.dfy(9,0): Error: out-parameter 'r', which is subject to definite-assignment rules, might be uninitialized at this return point
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
