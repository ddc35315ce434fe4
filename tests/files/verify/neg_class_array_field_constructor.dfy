// RUN: verify --show-snippets false
// A constructor allocates an array field but claims the wrong length.
class Buffer {
  var data: array<int>
  constructor (n: nat)
    ensures data.Length == n
    ensures fresh(data)
  {
    data := new int[n + 1];
  }
}

// CHECK-EXIT: 4
// CHECK: neg_class_array_field_constructor.dfy(8,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_class_array_field_constructor.dfy(6,24): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
