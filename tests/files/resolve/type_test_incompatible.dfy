// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve). A datatype's type parameter is
// non-variant unless declared otherwise: neither L<nat> nor L<int> is a subtype of the other,
// so the test can never succeed, unlike the test of a sequence (covariant).
datatype L<T> = N | Cons(T, L<T>)
datatype K<+T> = KN | KCons(T, K<T>)
method M(a: L<nat>, k: K<nat>, s: seq<nat>) {
  var b: L<int> := a;
  var r := a is L<int>;
  var q := k is K<int>;
  var p := s is seq<int>;
}

// CHECK-EXIT: 2
// CHECK: type_test_incompatible.dfy(9,13): Error: a type test to 'L<int>' must be from a compatible type (got 'L<nat>')
// CHECK: 1 resolution/type errors detected in type_test_incompatible.dfy
