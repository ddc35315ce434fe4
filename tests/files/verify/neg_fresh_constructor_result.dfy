// RUN: verify --show-snippets false
// A factory promises a fresh object but may return an old one.
class Node {
  var val: int
  constructor (v: int) ensures val == v { val := v; }
}
method Make(v: int, cache: Node) returns (n: Node)
  ensures fresh(n)
{
  if v == cache.val {
    n := cache;
  } else {
    n := new Node(v);
  }
}

// CHECK-EXIT: 4
// CHECK: neg_fresh_constructor_result.dfy(9,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_fresh_constructor_result.dfy(8,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
