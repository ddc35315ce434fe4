// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
codatatype Stream = Cons(head: int, tail: Stream)
greatest predicate Pos(s: Stream) { s.head > 0 && Pos(s.tail) }
method M(s: Stream) {
  print Pos#[3](s), "\n";
}

// CHECK-EXIT: 2
// CHECK: prefix_predicate_in_compiled.dfy(6,15): Error: a call to a prefix predicate is allowed only in specification contexts
// CHECK: 1 resolution/type errors detected in prefix_predicate_in_compiled.dfy
