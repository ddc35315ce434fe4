// RUN: verify --show-snippets false
method Count(lo: int, hi: int) returns (r: int)
  decreases hi - lo
{
  if lo >= hi {
    r := 0;
  } else {
    r := Count(lo, hi + 1);
  }
}

// CHECK-EXIT: 4
// CHECK: recursive_method_explicit_decreases.dfy(8,14): Error: decreases clause might not decrease
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
