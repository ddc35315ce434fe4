// RUN: verify --show-snippets false
// The postcondition relates the field to its old value, but the body adds the wrong amount.
class Account {
  var balance: int
  method Deposit(amount: int)
    requires amount > 0
    modifies this
    ensures balance == old(balance) + amount
  {
    balance := balance + amount - 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_postcondition_old_field.dfy(9,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_postcondition_old_field.dfy(8,20): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
