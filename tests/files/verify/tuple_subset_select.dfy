// RUN: verify --show-snippets false
// Components of a value of a subset type of tuples.
type interval = iv: (int, int) | iv.0 <= iv.1 witness (0, 0)

function Length(iv: interval): nat { iv.1 - iv.0 }

method Widen(iv: interval, k: nat) returns (r: interval)
  ensures Length(r) == Length(iv) + 2 * k
{
  r := (iv.0 - k, iv.1 + k);
}

method Shrink(iv: interval) returns (r: interval)
  ensures r.0 == iv.0 + 1
{
  r := (iv.0 + 1, iv.1);
}

// CHECK-EXIT: 4
// CHECK: tuple_subset_select.dfy(16,7): Error: value does not satisfy the subset constraints of 'interval'
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
