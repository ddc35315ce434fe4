// RUN: verify --show-snippets false
function Sum(s: seq<int>): int
{
  if |s| == 0 then 0 else s[0] + Sum(s[1..])
}

method Max(s: seq<int>) returns (m: int)
  requires |s| > 0
  ensures forall i :: 0 <= i < |s| ==> s[i] <= m
  ensures m in s
{
  m := s[0];
  var i := 1;
  while i < |s|
    invariant 1 <= i <= |s|
    invariant forall j :: 0 <= j < i ==> s[j] <= m
    invariant m in s
  {
    if s[i] > m { m := s[i]; }
    i := i + 1;
  }
}

method Collections() {
  var s := [1, 2, 3];
  assert |s| == 3;
  assert s[1] == 2;
  assert s + [4] == [1, 2, 3, 4];
  assert s[..2] == [1, 2];
  var t := {1, 2};
  assert 1 in t;
  assert t + {3} == {1, 2, 3};
  var m := map[1 := 2];
  assert m[1] == 2;
  assert multiset(s) == multiset{3, 2, 1};
  var str := "abc";
  assert |str| == 3;
  assert str[0] == 'a';
}

method OutOfRange(s: seq<int>, m: map<int, int>, k: int) {
  var x := s[0];
  var y := m[k];
  var z := s[k..];
}

method Wrong(s: seq<int>) {
  assert |s + [1]| == |s|;
}

// CHECK-EXIT: 4
// CHECK: sequence_max.dfy(42,12): Error: index out of range
// CHECK: sequence_max.dfy(43,12): Error: element might not be in domain
// CHECK: sequence_max.dfy(44,12): Error: lower bound out of range
// CHECK: sequence_max.dfy(48,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 4 errors
