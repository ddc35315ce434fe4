// RUN: verify --show-snippets false
// A function called in an old state gets a receiver and arguments allocated there.
// Dafny 4.11's output.
class C {
  var f: int
  function G(): int reads this { f }
  constructor () {}
}
function H(c: C): int reads c { c.f }
method Receiver(c: C) modifies c {
  var d := new C();
  ghost var x := old(d.G());
}
method Argument(c: C) modifies c {
  var d := new C();
  ghost var y := old(H(d));
}
method Ok(c: C) modifies c {
  ghost var z := old(H(c)) + old(c.G());
}

// CHECK-EXIT: 4
// CHECK: old_call_allocated.dfy(12,21): Error: receiver argument could not be proved to be allocated in the state in which the function is invoked
// CHECK: old_call_allocated.dfy(16,23): Error: argument could not be proved to be allocated in the state in which the function is invoked
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 2 errors
