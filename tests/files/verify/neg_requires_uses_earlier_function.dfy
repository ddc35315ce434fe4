// RUN: verify --show-snippets false
// A precondition calls a function whose own precondition is stated after it.
function Head(s: seq<int>): int
  requires |s| > 0
{
  s[0]
}
method M(s: seq<int>)
  requires Head(s) > 0
  requires |s| > 0
{
}

// CHECK-EXIT: 4
// CHECK: neg_requires_uses_earlier_function.dfy(9,15): Error: function precondition could not be proved
// CHECK: neg_requires_uses_earlier_function.dfy(4,15): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
