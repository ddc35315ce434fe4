// RUN: verify --show-snippets false
// A method writes into an array field without that array in its modifies clause.
class Buffer {
  var data: array<int>
  method Clear()
    requires data.Length > 0
    modifies this
  {
    data[0] := 0;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_class_array_field_modifies.dfy(9,8): Error: assignment might update an array element not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
