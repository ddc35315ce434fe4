// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
  if
  case x => print 1;
  case true => print 2;
}

// CHECK-EXIT: 2
// CHECK: alternative_if_guard_not_bool.dfy(5,7): Error: condition is expected to be of type bool, but is int
// CHECK: 1 resolution/type errors detected in alternative_if_guard_not_bool.dfy
