// RUN: verify --show-snippets false --allow-warnings
// Withdraw's postcondition uses old, but the body subtracts twice.
class Account {
  var balance: int
  method Withdraw(x: int)
    requires 0 < x <= balance
    modifies this
    ensures balance == old(balance) - x
  {
    balance := balance - x;
    if balance > x { balance := balance - x; }
  }
}

// CHECK-EXIT: 4
// CHECK: neg_class_method_ensures_old.dfy(11,19): Error: a postcondition could not be proved on this return path
// CHECK: neg_class_method_ensures_old.dfy(8,20): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
