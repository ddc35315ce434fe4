// RUN: verify --show-snippets false
// Dafny's default decreases clause lists the parameters of every ordered type, ORDINAL and
// real ones too: here the ORDINAL decreases, or stays and the nat after it decreases.
lemma Down(o: ORDINAL)
{
  if o.IsLimit {
  } else if o != 0 {
    Down(o - 1);
  }
}

lemma Pair(o: ORDINAL, n: nat)
{
  if n > 0 {
    Pair(o, n - 1);
  } else if !o.IsLimit && o != 0 {
    Pair(o - 1, 100);
  }
}

function R(x: real, n: nat): int
{
  if n > 0 then R(x, n - 1)
  else if x >= 1.0 then R(x - 1.0, 7)
  else 0
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 0 errors
