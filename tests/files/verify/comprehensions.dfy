// RUN: verify --show-snippets false
method M(s: set<int>, n: nat) {
  var evens := set x | x in s && x % 2 == 0;
  assert evens <= s;
  var squares := set x | 0 <= x < n :: x * x;
  assert n > 2 ==> 4 in squares;
  var m := map x | x in s :: x + 1;
  assert forall k :: k in m ==> m[k] == k + 1;
  var bad := set x | x in s :: x + 1;
  assert bad == s;
}

// CHECK-EXIT: 4
// CHECK: comprehensions.dfy(6,21): Error: assertion might not hold
// CHECK: comprehensions.dfy(10,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
