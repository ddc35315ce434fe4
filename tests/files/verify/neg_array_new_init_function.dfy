// RUN: verify --show-snippets false --allow-warnings
// The initializing function is partial and not defined on every index.
method M(n: nat) returns (a: array<int>)
{
  a := new int[n](i requires 0 < i => 10 / i);
}

// CHECK-EXIT: 4
// CHECK: neg_array_new_init_function.dfy(5,7): Error: all array indices must be in the domain of the initialization function
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
