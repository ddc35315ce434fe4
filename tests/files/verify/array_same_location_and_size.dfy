// RUN: verify --show-snippets false
method A(a: array<int>, i: int, j: int)
  requires 0 <= i < a.Length && 0 <= j < a.Length
  modifies a
{
  a[i], a[j] := 1, 2;
}
method B(n: int) {
  var a := new int[n];
}

// CHECK-EXIT: 4
// CHECK: array_same_location_and_size.dfy(6,9): Error: when left-hand sides a[j] and a[i] refer to the same location, they must be assigned the same value
// CHECK: array_same_location_and_size.dfy(9,19): Error: array size might be negative
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
