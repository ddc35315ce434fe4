// RUN: verify --show-snippets false
// The verifier does not handle bv0 (Z3 has no bit-vector of width 0): it says so rather than
// ignoring it.
method Main() {
  var b: bv0 := 0;
  print b, "\n";
}

// CHECK-EXIT: 2
// CHECK: unsupported_bv0.dfy(5,6): Error: dfyc cannot verify values of type bv0 yet
// CHECK: 1 resolution/type errors detected in unsupported_bv0.dfy
