// Arrays of arrays, each method wrong in one way.
// The inner array is not in the modifies clause (the outer one is).
method Outer(arr: array<array<int>>)
  requires arr.Length > 0 && arr[0].Length > 0
  modifies arr
{
  arr[0][0] := 1;
}

// Without distinct rows, a write to one row may change another.
method Aliased(arr: array<array<int>>)
  requires arr.Length > 1 && arr[0].Length > 0 && arr[1].Length > 0
  modifies arr[0]
{
  var x := arr[1][0];
  arr[0][0] := x + 1;
  assert arr[1][0] == x;
}

// An element of an array<nat> row is a nat.
method Negative(arr: array<array<nat>>)
  requires arr.Length > 0 && arr[0].Length > 0
  modifies arr[0]
{
  arr[0][0] := -1;
}

// Rows of nullable arrays may be null.
method Nullable(arr: array<array?<int>>)
  requires arr.Length > 0
{
  var n := arr[0].Length;
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: neg_arrays_of_arrays.dfy(7,8): Error: assignment might update an array element not in the enclosing context's modifies clause
// CHECK: neg_arrays_of_arrays.dfy(17,2): Error: assertion might not hold
// CHECK: neg_arrays_of_arrays.dfy(25,15): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: neg_arrays_of_arrays.dfy(32,18): Error: target object might be null
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 4 errors
