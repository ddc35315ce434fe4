// RUN: verify --show-snippets false
// Compiled let-such-that expressions whose value is determined, and ghost ones that need not be
// (the expectations are Dafny 4.11's output).
function Max(a: int, b: int): int {
  var m :| m >= a && m >= b && (m == a || m == b); m
}
function Next(n: nat): nat {
  var h :| h == n + 1; h
}
ghost function AnyOf(s: set<int>): int
  requires s != {}
{
  var x :| x in s; x
}
method M(s: set<int>) returns (r: int)
  requires s != {}
{
  ghost var g := var z :| z in s; z;
  r := var k :| k == |s|; k;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 0 errors
