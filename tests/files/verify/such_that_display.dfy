// RUN: verify --show-snippets false
// A such-that over a set display's elements: the elements are witnesses. Dafny 4.11's output.
method M() {
  var x :| x in {1, 2};
  assert x == 1 || x == 2;
  ghost var y := var z :| z in {3, 4}; z;
  assert y >= 3;
  var s: set<int> := {5};
  var w :| w in s + {6};
  assert w >= 5;
}

method Wrong() {
  var x :| x in {1, 2};
  assert x == 1;
}


// CHECK-EXIT: 4
// CHECK: such_that_display.dfy(15,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
