// RUN: verify --show-snippets false
// No witness is given and 0 is not a member.
type Positive = x: int | x > 0

// CHECK-EXIT: 4
// CHECK: neg_subset_type_no_witness.dfy(3,5): Error: cannot find witness that shows type is inhabited (only tried 0); try giving a hint through a 'witness' or 'ghost witness' clause, or use 'witness *' to treat as a possibly empty type
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
