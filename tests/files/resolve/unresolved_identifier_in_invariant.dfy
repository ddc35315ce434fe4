// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(n: int) {
  var i := 0;
  while i < n
    invariant 0 <= j
  {
    i := i + 1;
  }
}

// CHECK-EXIT: 2
// CHECK: unresolved_identifier_in_invariant.dfy(6,19): Error: unresolved identifier: j
// CHECK: 1 resolution/type errors detected in unresolved_identifier_in_invariant.dfy
