// RUN: verify --show-snippets false
// Wrong programs with binding guards in if-case statements and with while-case loops: a
// postcondition the chosen value does not give, guards that cover nothing when the set is
// empty, an ill-formed guard (checked for every value of its variable), a broken invariant, a
// loop without a decreases clause (Dafny guesses none from alternatives), a wrong postcondition
// after the loop. Expected output checked against Dafny 4.11.
method Pick(s: set<int>) returns (r: int)
  requires s != {}
  ensures r > 0
{
  if
  case x :| x in s && x > 10 => r := x;
  case x :| x in s => r := x;
}

method NotCovering(s: set<int>) returns (r: int)
{
  if
  case x :| x in s => r := x;
}

method Guard(a: seq<int>) returns (r: int)
{
  if
  case i :| 0 <= i <= |a| && a[i] > 0 => r := i;
  case true => r := 0;
}

method Loop(n: nat) {
  var i, j := 0, 0;
  while
    invariant 0 <= i <= n && 0 <= j <= n
    decreases 2 * n - i - j
  {
    case i < n => i := i + 1;
    case j < n => j := j + 2;
  }
}

method NoDecreases(n: nat) {
  var i := 0;
  while
    invariant 0 <= i <= n
  {
    case i < n => i := i + 1;
  }
}

method After(n: nat) returns (i: nat)
  ensures i == n + 1
{
  i := 0;
  while
    invariant i <= n
    decreases n - i
  {
    case i < n => i := i + 1;
  }
}

method Chosen(s: set<int>)
{
  if
  case x :| x in s => assert x > 0;
  case s == {} => assert false;
}

method BreakTail(n: nat) returns (i: nat)
  ensures i == n
{
  i := 0;
  while
    invariant i <= n
    decreases n - i
  {
    case i < n => i := i + 1;
    case i == n => break;
    case i < n && i > 5 => break;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_binding_guards.dfy(10,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_binding_guards.dfy(9,12): Related location: this is the postcondition that could not be proved
// CHECK: neg_binding_guards.dfy(18,2): Error: alternative cases may not cover all possibilities
// CHECK: neg_binding_guards.dfy(25,30): Error: index out of range
// CHECK: neg_binding_guards.dfy(32,36): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK: neg_binding_guards.dfy(42,2): Error: decreases expression might not decrease
// CHECK: neg_binding_guards.dfy(51,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_binding_guards.dfy(50,12): Related location: this is the postcondition that could not be proved
// CHECK: neg_binding_guards.dfy(64,22): Error: assertion might not hold
// CHECK: neg_binding_guards.dfy(65,18): Error: assertion might not hold
// CHECK: neg_binding_guards.dfy(70,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_binding_guards.dfy(69,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 9 errors
