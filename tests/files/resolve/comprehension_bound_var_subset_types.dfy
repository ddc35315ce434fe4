// RUN: resolve --dump-types
// The types dfyc infers for untyped bound variables of set and map comprehensions from the
// type of the value expected, each as Dafny 4.11 infers it (its /rprint output): nat where
// the term carries the variable into set<nat> and every other use is neutral; int where the
// term adds another variable (a), the variable is an index (b) or compared on the left with
// a variable (c), or the elements expected are ints (d).
method M(s: set<int>, q: seq<int>, m: map<int, int>, y: int) {
  var t: set<nat> := set x | x in s && x > 0 :: x * 2 + 1;
  var u: set<nat> := set i, j | i in s && y < j && j in s :: i + j;
  var v: map<nat, int> := map k | k in m :: m[k];
  var a: set<nat> := set x | x in s :: x + y;
  var b: set<nat> := set x | x in s && 0 <= x < |q| && q[x] > 0 :: x;
  var c: set<nat> := set x | x in s && x < y :: x;
  var d: set<int> := set x | x in s :: x * 2;
}

// CHECK-EXIT: 0
// CHECK: comprehension_bound_var_subset_types.dfy(7,9): var in s: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(7,22): var in q: seq<int>
// CHECK: comprehension_bound_var_subset_types.dfy(7,35): var in m: map<int, int>
// CHECK: comprehension_bound_var_subset_types.dfy(7,53): var in y: int
// CHECK: comprehension_bound_var_subset_types.dfy(8,6): var local t: set<nat>
// CHECK: comprehension_bound_var_subset_types.dfy(8,21): expr SetComprehension `set x | x in s && x > 0 :: x * 2 + 1`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(8,25): var bound x: nat
// CHECK: comprehension_bound_var_subset_types.dfy(8,29): expr Binary `x in s && x > 0`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(8,29): expr Binary `x in s`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(8,29): expr Name `x`: nat
// CHECK: comprehension_bound_var_subset_types.dfy(8,34): expr Name `s`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(8,39): expr Binary `x > 0`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(8,39): expr Name `x`: nat
// CHECK: comprehension_bound_var_subset_types.dfy(8,43): expr IntLiteral `0`: int
// CHECK: comprehension_bound_var_subset_types.dfy(8,48): expr Binary `x * 2 + 1`: int
// CHECK: comprehension_bound_var_subset_types.dfy(8,48): expr Binary `x * 2`: int
// CHECK: comprehension_bound_var_subset_types.dfy(8,48): expr Name `x`: nat
// CHECK: comprehension_bound_var_subset_types.dfy(8,52): expr IntLiteral `2`: int
// CHECK: comprehension_bound_var_subset_types.dfy(8,56): expr IntLiteral `1`: int
// CHECK: comprehension_bound_var_subset_types.dfy(9,6): var local u: set<nat>
// CHECK: comprehension_bound_var_subset_types.dfy(9,21): expr SetComprehension `set i, j | i in s && y < j && j in s :: ...`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(9,25): var bound i: nat
// CHECK: comprehension_bound_var_subset_types.dfy(9,28): var bound j: nat
// CHECK: comprehension_bound_var_subset_types.dfy(9,32): expr Binary `i in s && y < j && j in s`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(9,32): expr Binary `i in s && y < j`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(9,32): expr Binary `i in s`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(9,32): expr Name `i`: nat
// CHECK: comprehension_bound_var_subset_types.dfy(9,37): expr Name `s`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(9,42): expr Binary `y < j`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(9,42): expr Name `y`: int
// CHECK: comprehension_bound_var_subset_types.dfy(9,46): expr Name `j`: nat
// CHECK: comprehension_bound_var_subset_types.dfy(9,51): expr Binary `j in s`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(9,51): expr Name `j`: nat
// CHECK: comprehension_bound_var_subset_types.dfy(9,56): expr Name `s`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(9,61): expr Binary `i + j`: int
// CHECK: comprehension_bound_var_subset_types.dfy(9,61): expr Name `i`: nat
// CHECK: comprehension_bound_var_subset_types.dfy(9,65): expr Name `j`: nat
// CHECK: comprehension_bound_var_subset_types.dfy(10,6): var local v: map<nat, int>
// CHECK: comprehension_bound_var_subset_types.dfy(10,26): expr MapComprehension `map k | k in m :: m[k]`: map<int, int>
// CHECK: comprehension_bound_var_subset_types.dfy(10,30): var bound k: nat
// CHECK: comprehension_bound_var_subset_types.dfy(10,34): expr Binary `k in m`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(10,34): expr Name `k`: nat
// CHECK: comprehension_bound_var_subset_types.dfy(10,39): expr Name `m`: map<int, int>
// CHECK: comprehension_bound_var_subset_types.dfy(10,44): expr Index `m[k]`: int
// CHECK: comprehension_bound_var_subset_types.dfy(10,44): expr Name `m`: map<int, int>
// CHECK: comprehension_bound_var_subset_types.dfy(10,46): expr Name `k`: nat
// CHECK: comprehension_bound_var_subset_types.dfy(11,6): var local a: set<nat>
// CHECK: comprehension_bound_var_subset_types.dfy(11,21): expr SetComprehension `set x | x in s :: x + y`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(11,25): var bound x: int
// CHECK: comprehension_bound_var_subset_types.dfy(11,29): expr Binary `x in s`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(11,29): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(11,34): expr Name `s`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(11,39): expr Binary `x + y`: int
// CHECK: comprehension_bound_var_subset_types.dfy(11,39): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(11,43): expr Name `y`: int
// CHECK: comprehension_bound_var_subset_types.dfy(12,6): var local b: set<nat>
// CHECK: comprehension_bound_var_subset_types.dfy(12,21): expr SetComprehension `set x | x in s && 0 <= x < |q| && q[x] >...`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(12,25): var bound x: int
// CHECK: comprehension_bound_var_subset_types.dfy(12,29): expr Binary `x in s && 0 <= x < |q| && q[x] > 0`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(12,29): expr Binary `x in s && 0 <= x < |q|`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(12,29): expr Binary `x in s`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(12,29): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(12,34): expr Name `s`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(12,39): expr Binary `0 <= x < |q|`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(12,39): expr Binary `0 <= x`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(12,39): expr IntLiteral `0`: int
// CHECK: comprehension_bound_var_subset_types.dfy(12,44): expr Binary `x < |q|`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(12,44): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(12,48): expr Cardinality `|q|`: int
// CHECK: comprehension_bound_var_subset_types.dfy(12,49): expr Name `q`: seq<int>
// CHECK: comprehension_bound_var_subset_types.dfy(12,55): expr Binary `q[x] > 0`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(12,55): expr Index `q[x]`: int
// CHECK: comprehension_bound_var_subset_types.dfy(12,55): expr Name `q`: seq<int>
// CHECK: comprehension_bound_var_subset_types.dfy(12,57): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(12,62): expr IntLiteral `0`: int
// CHECK: comprehension_bound_var_subset_types.dfy(12,67): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(13,6): var local c: set<nat>
// CHECK: comprehension_bound_var_subset_types.dfy(13,21): expr SetComprehension `set x | x in s && x < y :: x`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(13,25): var bound x: int
// CHECK: comprehension_bound_var_subset_types.dfy(13,29): expr Binary `x in s && x < y`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(13,29): expr Binary `x in s`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(13,29): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(13,34): expr Name `s`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(13,39): expr Binary `x < y`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(13,39): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(13,43): expr Name `y`: int
// CHECK: comprehension_bound_var_subset_types.dfy(13,48): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(14,6): var local d: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(14,21): expr SetComprehension `set x | x in s :: x * 2`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(14,25): var bound x: int
// CHECK: comprehension_bound_var_subset_types.dfy(14,29): expr Binary `x in s`: bool
// CHECK: comprehension_bound_var_subset_types.dfy(14,29): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(14,34): expr Name `s`: set<int>
// CHECK: comprehension_bound_var_subset_types.dfy(14,39): expr Binary `x * 2`: int
// CHECK: comprehension_bound_var_subset_types.dfy(14,39): expr Name `x`: int
// CHECK: comprehension_bound_var_subset_types.dfy(14,43): expr IntLiteral `2`: int
