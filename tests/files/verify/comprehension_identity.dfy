// RUN: verify --show-snippets false
// Set comprehensions stand for functions of their free variables: two different comprehensions
// never share one (that was unsound: `assert false` verified), and identical ones do, as in
// Dafny (Boogie lifts identical lambdas to one function). Expected output recorded from Dafny 4.11.
function Evens(n: int): set<int> { set i | 0 <= i < n && i % 2 == 0 }

method Distinct(n: int, xs: set<int>) requires n == 4 && xs == {0, 1, 2, 3} {
  var all := set i | i in xs;
  var e := Evens(n);
  assert 1 in all;
  assert 1 !in e;
  assert false;
}

predicate IsDigit(c: char) { '0' <= c <= '9' }

method CountDigits(s: string) returns (count: int)
  ensures count == |set i: int | 0 <= i < |s| && IsDigit(s[i])|
{
  var digits := set i: int | 0 <= i < |s| && IsDigit(s[i]);
  count := |digits|;
}

method Images(s: set<int>) returns (t: set<int>)
  ensures t == set x | x in s :: x + 1
{
  t := set y | y in s :: y + 1;
}

// CHECK-EXIT: 4
// CHECK: comprehension_identity.dfy(12,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 1 error
