// RUN: verify --show-snippets false
method A(b: bool) returns (r: int) {
  if b { r := 1; }
}
method B(b: bool) returns (r: int, s: int) {
  if b { return; }
  r := 1;
  s := 2;
}
method C() returns (r: int) {
  var x: int;
  r := x;
}
method D(n: nat) returns (r: int) {
  var i := 0;
  while i < n { r := i; i := i + 1; }
}

// CHECK-EXIT: 4
// CHECK: definite_assignment.dfy(4,0): Error: out-parameter 'r', which is subject to definite-assignment rules, might be uninitialized at this return point
// CHECK: definite_assignment.dfy(6,9): Error: out-parameter 'r', which is subject to definite-assignment rules, might be uninitialized at this return point
// CHECK: definite_assignment.dfy(6,9): Error: out-parameter 's', which is subject to definite-assignment rules, might be uninitialized at this return point
// CHECK: definite_assignment.dfy(12,7): Error: variable 'x', which is subject to definite-assignment rules, might be uninitialized here
// CHECK: definite_assignment.dfy(17,0): Error: out-parameter 'r', which is subject to definite-assignment rules, might be uninitialized at this return point
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 5 errors
