// RUN: verify --show-snippets false
// A variable assigned twice in one assignment gets the same value both times. Dafny 4.11's output.
method M() {
  var x: int;
  x, x := 1, 2;
}
method Ok(a: int) returns (x: int) {
  x, x := a, a;
}

// CHECK-EXIT: 4
// CHECK: assign_same_local_twice.dfy(5,5): Error: when left-hand sides x and x refer to the same location, they must be assigned the same value
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
