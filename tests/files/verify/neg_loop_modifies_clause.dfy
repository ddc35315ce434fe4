// RUN: verify --show-snippets false
// A loop with its own modifies clause writes outside it.
method M(a: array<int>, b: array<int>)
  requires a.Length > 0 && b.Length > 0
  modifies a, b
{
  var i := 0;
  while i < 3
    modifies a
  {
    b[0] := i;
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_modifies_clause.dfy(11,5): Error: assignment might update an array element not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
