// RUN: verify --show-snippets false
class Account {
  var balance: int
  constructor (initial: int)
    requires initial >= 0
    ensures balance == initial
  {
    balance := initial;
  }
  predicate Valid() reads this { balance >= 0 }
  method Deposit(x: int)
    requires Valid() && x > 0
    modifies this
    ensures Valid() && balance == old(balance) + x
  {
    balance := balance + x;
  }
  method Withdraw(x: int) returns (ok: bool)
    requires Valid()
    modifies this
    ensures Valid()
    ensures ok ==> balance == old(balance) - x
  {
    if x <= balance { balance := balance - x; ok := true; } else { ok := false; }
  }
}
method Client() {
  var a := new Account(10);
  var b := new Account(5);
  a.Deposit(5);
  assert a.balance == 15;
  assert b.balance == 6;
  var ok := a.Withdraw(20);
  assert a.balance == 15;
  b.balance := 7;
  assert a.Valid();
}

// CHECK-EXIT: 4
// CHECK: class_account.dfy(32,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 1 error
