// RUN: verify --show-snippets false
// new T[n] [display] needs n to be the number of elements (ArrayInitSizeValid); new T[n] of a
// type without a default value needs n == 0 (ArrayInitEmpty). Dafny 4.11's output.
class C { constructor () {} }
method Display(n: nat) {
  var a := new int[n] [1, 2, 3];
}
method NoDefault(n: nat) {
  var b := new C[n];
}
method Matrix(n: nat, m: nat) {
  var b := new C[n, m];
}
method Ok(n: nat) {
  var a := new int[3] [1, 2, 3];
  var b := new C[0];
  var c := new C?[n];
  var d := new int[n];
  var e := new C[n, 0];
}

// CHECK-EXIT: 4
// CHECK: array_init_size.dfy(6,19): Error: given array size must agree with the number of expressions in the initializing display (3)
// CHECK: array_init_size.dfy(9,11): Error: unless an initializer is provided for the array elements, a new array of 'C' must have empty size
// CHECK: array_init_size.dfy(12,11): Error: unless an initializer is provided for the array elements, a new array of 'C' must have empty size
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 3 errors
