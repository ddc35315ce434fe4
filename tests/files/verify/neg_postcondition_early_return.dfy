// RUN: verify --show-snippets false
// An early return leaves the result unset to the promised value.
method Find(a: seq<int>, key: int) returns (found: bool)
  ensures found <==> key in a
{
  found := false;
  if |a| == 0 {
    return;
  }
  found := a[0] == key;
}

// CHECK-EXIT: 4
// CHECK: neg_postcondition_early_return.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_postcondition_early_return.dfy(4,16): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
