// RUN: resolve --show-snippets false
ghost function G(x: int): int { x + 1 }
method M() {
  var x := G(5);
  print x;
  ghost var y := 3;
  print y;
  print G(2);
  var z := 4;
  if y > 2 { z := 5; }
  var w: int;
  w := y;
}
lemma L() {}
method N() {
  L();
  var a := 1;
}

// CHECK-EXIT: 2
// CHECK: ghost_inference.dfy(5,8): Error: ghost variables such as x are allowed only in specification contexts. x was inferred to be ghost based on its declaration or initialization.
// CHECK: ghost_inference.dfy(7,8): Error: ghost variables such as y are allowed only in specification contexts. y was inferred to be ghost based on its declaration or initialization.
// CHECK: ghost_inference.dfy(8,9): Error: a call to a ghost function is allowed only in specification contexts (consider declaring the function without the 'ghost' keyword)
// CHECK: ghost_inference.dfy(10,15): Error: assignment to non-ghost variable is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: ghost_inference.dfy(12,7): Error: ghost variables such as y are allowed only in specification contexts. y was inferred to be ghost based on its declaration or initialization.
// CHECK: 5 resolution/type errors detected in ghost_inference.dfy
