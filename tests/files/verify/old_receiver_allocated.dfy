// RUN: verify --show-snippets false
// Fields read inside old(...) need their object allocated in the old state.
class C { var f: int  constructor () {} }
method M(c: C) returns (d: C)
  modifies c
  ensures d.f == old(d.f)
{
  d := new C();
}

// CHECK-EXIT: 4
// CHECK: old_receiver_allocated.dfy(6,23): Error: receiver could not be proved to be allocated in the state in which its fields are accessed
// CHECK: old_receiver_allocated.dfy(7,0): Error: a postcondition could not be proved on this return path
// CHECK: old_receiver_allocated.dfy(6,14): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
