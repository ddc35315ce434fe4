// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve). A type test that is not always
// true must test for a class or trait (with the default --general-traits=legacy).
type Pos = x: int | x > 0 witness 1
method M(i: int, n: nat, s: seq<int>) returns (r: bool, q: bool) {
  var b0 := i is nat;
  var b1 := n is int;
  var b2 := s is seq<nat>;
  ghost var g := i is Pos;
  r := i is nat;
  q := s is seq<nat>;
}

// CHECK-EXIT: 2
// CHECK: type_test_non_trivial.dfy(6,14): Error: a non-trivial type test is allowed only for reference types (tried to test if 'int' is a 'nat')
// CHECK: type_test_non_trivial.dfy(8,14): Error: a non-trivial type test is allowed only for reference types (tried to test if 'seq<int>' is a 'seq<nat>')
// CHECK: type_test_non_trivial.dfy(9,19): Error: a non-trivial type test is allowed only for reference types (tried to test if 'int' is a 'Pos')
// CHECK: type_test_non_trivial.dfy(10,9): Error: a non-trivial type test is allowed only for reference types (tried to test if 'int' is a 'nat')
// CHECK: type_test_non_trivial.dfy(11,9): Error: a non-trivial type test is allowed only for reference types (tried to test if 'seq<int>' is a 'seq<nat>')
// CHECK: 5 resolution/type errors detected in type_test_non_trivial.dfy
