// RUN: verify --show-snippets false
// A datatype field of a subset type gets an out-of-range value through an update.
type Percent = x: int | 0 <= x <= 100
datatype Score = Score(player: string, pct: Percent)
method Bonus(s: Score) returns (t: Score)
{
  t := s.(pct := s.pct + 10);
}

// CHECK-EXIT: 4
// CHECK: neg_datatype_subset_field.dfy(7,23): Error: value does not satisfy the subset constraints of 'Percent'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
