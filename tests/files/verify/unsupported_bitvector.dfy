// RUN: verify --show-snippets false
// The verifier does not handle bit-vectors yet: it says so rather than ignoring them.
method Main() {
  var b: bv8 := 5;
  print b, "\n";
}

// CHECK-EXIT: 2
// CHECK: unsupported_bitvector.dfy(4,6): Error: dfyc cannot verify values of type bv8 yet
// CHECK: 1 resolution/type errors detected in unsupported_bitvector.dfy
