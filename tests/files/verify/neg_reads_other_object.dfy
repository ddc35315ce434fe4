// RUN: verify --show-snippets false
// A function reads another object's field but names only `this`.
class Node {
  var val: int
  var next: Node?
  function NextVal(): int
    reads this
    requires next != null
  {
    next.val
  }
}

// CHECK-EXIT: 4
// CHECK: neg_reads_other_object.dfy(10,9): Error: insufficient reads clause to read field; Consider adding 'reads next' or 'reads next`val' in the enclosing function specification for resolution
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
