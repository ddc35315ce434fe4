// RUN: resolve --show-snippets false --allow-warnings
// Expected output recorded from Dafny 4.11: which quantifiers, set and map comprehensions and
// forall statements find a trigger. Arithmetic anywhere in a term's arguments keeps it from
// being one; nested calls, selections, indexing and tuples do not; membership in a set
// display is rewritten into a disjunction (no trigger).
function f(x: int): int
predicate P(x: int)
method M(n: int, s: set<int>, a: seq<int>, arr: array<array<int>>, m: map<int,int>)
  requires forall i, j :: 0 <= i < arr.Length && 0 <= j < arr[i].Length ==> arr[i][j] == 0
  requires forall i :: 0 <= i < |a| - 1 ==> a[i+1] > 0
  requires forall i :: 0 <= i < |a| ==> f(i + 1) > 0
  requires forall i :: P(i) ==> f(n + 1) > i
  requires forall k, v :: (k, v) in m.Items ==> k < v
  requires forall ss: nat -> int :: ss(0) > 0
  requires forall i :: 0 <= i < n ==> a[0..i] == a[0..i]
{
  var s1 := set x | 0 <= x < n;
  var s2 := set x | x in s;
  var s3 := set x: nat | x < n :: x;
  var s4 := set i | 0 <= i < |a| :: a[i];
  var m1 := map x | 0 <= x < n :: x + 1;
  var m2 := map x | x in s :: f(x);
  var b := 7 in set i | 0 <= i < 10;
  var b2 := exists nr | 1 < nr < 15 :: 15 % nr == 0;
  forall k <- {-3, 4} { }
  forall k <- s { }
  forall i | 0 <= i < n { }
}
method N(x: set<int>, y: set<int>, k: int, q: seq<int>)
  requires forall e :: e in x + y ==> e < k
  requires forall e :: e in q + [k] ==> e < k
  requires forall i {:nowarn} :: 0 <= i < k ==> i < k + 1
  requires forall i {:autotriggers false} :: 0 <= i < k ==> i < k + 1
{
}
type Digit = x: int | 0 <= x < 10
newtype u8 = x: int | 0 <= x < 256
method T(n: int, s: seq<int>)
  requires |s| > 2
{
  var pairs := set i, j | 0 <= i < j < 4 :: (i, j);
  var ds := set d: Digit | 0 <= d < 10 && d % 3 == 0;
  var us := set x: u8 | 250 <= x && x % 2 == 0;
  forall i | 0 <= i < n ensures i < n + 1 { }
  forall i | 0 <= i < n ensures P(i) || !P(i) { }
  forall i | 0 <= i < 2 ensures s[0..2][i] == s[i] { }
}

// CHECK-EXIT: 0
// CHECK: trigger_candidates.dfy(10,11): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: trigger_candidates.dfy(11,11): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: trigger_candidates.dfy(17,12): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: trigger_candidates.dfy(19,12): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: trigger_candidates.dfy(21,12): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: trigger_candidates.dfy(23,16): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: trigger_candidates.dfy(25,2): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: trigger_candidates.dfy(27,2): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: trigger_candidates.dfy(44,2): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
