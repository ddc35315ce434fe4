// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype P = P(x: int)
method M(p: P) {
  var q := p;
  q.x := 1;
}

// CHECK-EXIT: 2
// CHECK: assign_to_destructor.dfy(6,4): Error: LHS of assignment must denote a mutable field
// CHECK: 1 resolution/type errors detected in assign_to_destructor.dfy
