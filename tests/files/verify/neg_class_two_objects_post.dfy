// RUN: verify --show-snippets false
// A transfer between two accounts that may be the same object.
class Account {
  var balance: int
}
method Transfer(from: Account, to: Account, amt: int)
  modifies from, to
  ensures from.balance == old(from.balance) - amt
{
  from.balance := from.balance - amt;
  to.balance := to.balance + amt;
}

// CHECK-EXIT: 4
// CHECK: neg_class_two_objects_post.dfy(9,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_class_two_objects_post.dfy(8,23): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
