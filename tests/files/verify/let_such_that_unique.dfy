// RUN: verify --show-snippets false
// A let-such-that expression in compiled code must have one value (Dafny's LetSuchThatUnique);
// in ghost code any value will do. The expectations are Dafny 4.11's output.
function Pick(s: set<int>): int
  requires s != {}
{
  var x :| x in s; x
}
ghost function GhostPick(s: set<int>): int
  requires s != {}
{
  var x :| x in s; x
}
function Unique(s: set<int>): int
  requires 3 in s
{
  var x :| x in s && x == 3; x * 2
}
function Ignored(s: set<int>): int
  requires s != {}
{
  var x :| x in s; 7
}
method M(s: set<int>) returns (r: int)
  requires s != {}
{
  r := var x :| x in s; x;
  var t := var y :| y in s; y + 1;
  ghost var g := var z :| z in s; z;
  assert (var w :| w in s; w) in s;
}
const K: int := var x :| 0 <= x <= 1; x
const U: int := var y :| 1 <= y <= 1; y
ghost const G: int := var z :| 0 <= z <= 1; z

// CHECK-EXIT: 4
// CHECK: let_such_that_unique.dfy(7,2): Error: to be compilable, the value of a let-such-that expression must be uniquely determined
// CHECK: let_such_that_unique.dfy(27,7): Error: to be compilable, the value of a let-such-that expression must be uniquely determined
// CHECK: let_such_that_unique.dfy(28,11): Error: to be compilable, the value of a let-such-that expression must be uniquely determined
// CHECK: let_such_that_unique.dfy(32,16): Error: to be compilable, the value of a let-such-that expression must be uniquely determined
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 4 errors
