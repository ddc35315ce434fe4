// RUN: verify --show-snippets false
// A member function of a generic datatype with a wrong postcondition.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
datatype Box<T> = Box(item: T, count: nat)
{
  function Double(): Box<T>
    ensures Double().count > count
  {
    Box(item, count * 2)
  }
}

// CHECK-EXIT: 4
// CHECK: neg_datatype_generic_member.dfy(9,4): Error: a postcondition could not be proved on this return path
// CHECK: neg_datatype_generic_member.dfy(7,27): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
