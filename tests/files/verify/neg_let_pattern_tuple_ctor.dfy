// RUN: verify --show-snippets false --allow-warnings
// A let with a constructor pattern that may not match.
datatype Option = None | Some(v: int)
function Get(o: Option): int
{
  var Some(x) := o; x
}

// CHECK-EXIT: 4
// CHECK: neg_let_pattern_tuple_ctor.dfy(6,6): Error: RHS is not certain to look like the pattern 'Some'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
