// RUN: verify --show-snippets false
// The verifier does not handle codatatypes yet: it says so rather than ignoring them.
codatatype Stream = Cons(head: int, tail: Stream)
method Main() {
  var x := 1;
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: unsupported_codatatype.dfy(3,11): Error: dfyc cannot verify codatatypes and generic datatypes with members yet
// CHECK: 1 resolution/type errors detected in unsupported_codatatype.dfy
