// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  method M(x: int) returns (b: bool)
    ensures b == fresh(x)
  {
    b := true;
  }
}

// CHECK-EXIT: 2
// CHECK: fresh_of_int.dfy(5,17): Error: the argument of a fresh expression must denote an object or a set or sequence of objects (instead got int)
// CHECK: 1 resolution/type errors detected in fresh_of_int.dfy
