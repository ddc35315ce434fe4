// RUN: verify --show-snippets false --allow-warnings
// A function may call another only if it may read all that the other reads.
class C {
  var x: int
  function G(): int reads this { x }
  function F(): int reads {} { G() }
}

class Node {
  var next: Node?
  ghost var Repr: set<object>
  ghost predicate Broken()
    reads this, Repr
    decreases Repr
  {
    next != null && next.Broken()
  }
  ghost predicate B2()
    reads this, Repr
  {
    next != null && next.B2()
  }
}

method M(c: C) modifies c {
  c.x := 1;
  var a := c.F();
  c.x := 2;
  var b := c.F();
  assert a == b;  // not provable, as F's reads clause is wrong
}

// CHECK-EXIT: 4
// CHECK: reads_function_call.dfy(6,32): Error: insufficient reads clause to invoke function
// CHECK: reads_function_call.dfy(16,31): Error: decreases clause might not decrease
// CHECK: reads_function_call.dfy(16,31): Error: insufficient reads clause to invoke function
// CHECK: reads_function_call.dfy(21,27): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 4 errors
