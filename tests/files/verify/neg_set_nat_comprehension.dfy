// RUN: verify --show-snippets false --allow-warnings
// A set of nat built from values that may be negative.
method M(s: set<int>) returns (t: set<nat>)
{
  t := set x | x in s :: x * 2;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
