// RUN: resolve --show-snippets false
// The left-hand sides of an assign-such-that statement without 'assume': only local variables
// (Dafny proves that values exist for those alone), each at most once. A field, an array
// element or a variable named twice is Dafny's error at that left-hand side. The expected errors
// are Dafny 4.11's, word for word and at its positions (`dafny resolve`).
class C {
  var f: int
  constructor() { f := 0; }
  method Set() modifies this {
    f :| f > 2;
  }
}
method Main() {
  var c := new C();
  c.f :| 3 <= c.f < 5;
  var a := new int[2];
  a[1] :| a[1] in {7};
  var x, y;
  x, x :| x == 1;
  x, y :| x == 1 && y == 2;
  print c.f, " ", a[..], x, y, "\n";
}

// CHECK-EXIT: 2
// CHECK: assign_such_that_lhs.dfy(15,4): Error: an assign-such-that statement (without an 'assume' clause) currently only supports local-variable LHSs
// CHECK: assign_such_that_lhs.dfy(17,3): Error: an assign-such-that statement (without an 'assume' clause) currently only supports local-variable LHSs
// CHECK: assign_such_that_lhs.dfy(19,5): Error: variable 'x' occurs more than once as left-hand side of :|
// CHECK: assign_such_that_lhs.dfy(10,4): Error: an assign-such-that statement (without an 'assume' clause) currently only supports local-variable LHSs
// CHECK: 4 resolution/type errors detected in assign_such_that_lhs.dfy
