// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(s: seq<int>) {
  forall i | 0 <= i < |s| {
    i := 1;
  }
}

// CHECK-EXIT: 2
// CHECK: assign_to_bound_variable.dfy(5,4): Error: LHS of assignment must denote a mutable variable
// CHECK: 1 resolution/type errors detected in assign_to_bound_variable.dfy
