// RUN: verify --show-snippets false
// seq(n, f): length, elements, and the checks of size and domain.
// Expected output recorded from Dafny 4.11.
method M(n: nat) {
  var u := seq(5, i requires 0 <= i < 4 => i);
}
method N(f: int --> int) {
  var v := seq(3, f);
}
method Good(n: nat) {
  var s := seq(n, i => i * 2);
  assert |s| == n;
  assert n > 3 ==> s[3] == 6;
  var t := seq(3, i requires 0 <= i < 3 => 10 / (i + 1));
  assert t == [10, 5, 3];
}

// CHECK-EXIT: 4
// CHECK: seq_construction.dfy(5,11): Error: all sequence indices must be in the domain of the initialization function
// CHECK: seq_construction.dfy(8,11): Error: all sequence indices must be in the domain of the initialization function
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
