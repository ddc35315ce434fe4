// RUN: verify --show-snippets false
// Boogie's interval analysis narrows after widening: a counter that stops at a constant is
// known to equal it after the loop. The paths that leave the body early (break, continue) and
// the branches of a match or an if-case statement count: each assertion that fails here is
// false on some run. Expected verdicts and positions are Dafny 4.11's.
method Up() {
  var i := 0;
  while i < 3 {
    i := i + 1;
  }
  assert i == 3;
}

method UpTo(n: nat) {
  var i := 0;
  while i < n {
    i := i + 1;
  }
  assert i == n;  // no invariant: n is not a constant
}

method Break() {
  var i := 0;
  while i < 10 {
    if i == 5 {
      break;
    }
    i := i + 1;
  }
  while i < 20 && i != 7 {
    i := i + 1;
  }
  assert i != 7;  // the first loop leaves i at 5
}

method Continue() {
  var i := 0;
  while i < 10 {
    if i == 3 {
      i := 50;
      continue;
    }
    i := i + 1;
  }
  assert i == 10;  // i is 50
}

datatype D = A | B

method Match(d: D) {
  var i := 0;
  while i < 10 {
    match d {
      case A => i := 100;
      case B => i := i + 1;
    }
  }
  assert i == 10;  // i is 100 when d is A
}

method Cases(b: bool) {
  var i := 0;
  while i < 10
    decreases 200 - i
  {
    if {
      case b => i := 100;
      case true => i := i + 1;
    }
  }
  assert i == 10;  // i is 100 when b
}

method SuchThat()
  decreases *
{
  var i := 0;
  while i < 10
    decreases *
  {
    i :| i < 20 && i > 15;
  }
  assert i == 10;  // i is 16 or more
}

// CHECK-EXIT: 4
// CHECK: loop_interval_narrowing.dfy(19,2): Error: assertion might not hold
// CHECK: loop_interval_narrowing.dfy(33,2): Error: assertion might not hold
// CHECK: loop_interval_narrowing.dfy(45,2): Error: assertion might not hold
// CHECK: loop_interval_narrowing.dfy(58,2): Error: assertion might not hold
// CHECK: loop_interval_narrowing.dfy(71,2): Error: assertion might not hold
// CHECK: loop_interval_narrowing.dfy(83,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 6 errors
