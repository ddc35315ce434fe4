// RUN: verify --show-snippets false
// The loop removes nothing from the sequence on one path.
method M(s: seq<int>) {
  var t := s;
  while |t| > 0
    decreases |t|
  {
    if t[0] > 0 {
      t := t[1..];
    }
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_decreases_seq_length.dfy(5,2): Error: decreases expression might not decrease
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
