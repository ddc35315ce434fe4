// RUN: verify --show-snippets false
// Reading a field through a possibly-null reference.
class Node {
  var val: int
  var next: Node?
}
method NextVal(n: Node) returns (v: int)
{
  v := n.next.val;
}

// CHECK-EXIT: 4
// CHECK: neg_null_field_read.dfy(9,14): Error: target object might be null
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
