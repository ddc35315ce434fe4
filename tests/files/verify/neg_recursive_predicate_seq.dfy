// RUN: verify --show-snippets false --allow-warnings
// A recursive predicate on a sequence; the assertion's instance is false.
predicate AllEven(s: seq<int>)
{
  |s| == 0 || (s[0] % 2 == 0 && AllEven(s[1..]))
}
method M() {
  assert AllEven([]);
  assert AllEven([2, 3]);
}

// CHECK-EXIT: 4
// CHECK: neg_recursive_predicate_seq.dfy(9,16): Error: assertion might not hold
// CHECK: neg_recursive_predicate_seq.dfy(5,11): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
