// RUN: verify --show-snippets false
// Constructing a datatype with a nat field from a possibly negative value.
datatype Item = Item(name: string, qty: nat)
method M(n: int) returns (it: Item)
{
  it := Item("x", n);
}

// CHECK-EXIT: 4
// CHECK: neg_datatype_nat_field.dfy(6,18): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
