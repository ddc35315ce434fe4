// RUN: verify --show-snippets false
// Writing a field through a possibly-null reference.
class Node {
  var val: int
  var next: Node?
}
method SetNext(n: Node)
  modifies n, n.next
{
  n.next.val := 0;
}

// CHECK-EXIT: 4
// CHECK: neg_null_field_write.dfy(10,9): Error: target object might be null
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
