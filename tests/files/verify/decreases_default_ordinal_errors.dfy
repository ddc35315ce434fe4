// RUN: verify --show-snippets false
// Dafny's default decreases clause lists ORDINAL and real parameters before those after
// them: a call that makes the first one grow does not terminate by the default, even when a
// later parameter decreases.
lemma Grow(o: ORDINAL, n: nat)
{
  if n > 0 {
    Grow(o + 1, n - 1);
  }
}

function R(x: real, n: nat): int
  requires x >= 0.0
{
  if n > 0 then R(x + 1.0, n - 1) else 0
}

// CHECK-EXIT: 4
// CHECK: decreases_default_ordinal_errors.dfy(8,8): Error: cannot prove termination; try supplying a decreases clause
// CHECK: decreases_default_ordinal_errors.dfy(15,17): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
