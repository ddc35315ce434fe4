// RUN: verify --show-snippets false
// Loops without decreases: the guess from the guard, as Dafny makes it (expected output recorded from Dafny 4.11).
method Conjunction(s: seq<real>) returns (found: bool) {
  found := false;
  var i := 0;
  while i < |s| && !found {
    if s[i] < 0.0 { found := true; }
    i := i + 1;
  }
}

method SetToSeq(s: set<int>) returns (xs: seq<int>) {
  xs := [];
  var left := s;
  while left != {} {
    var x :| x in left;
    left := left - {x};
    xs := xs + [x];
  }
}

method Drain(s: seq<int>) {
  var t := s;
  while t != [] {
    t := t[1..];
  }
}

method Grow(a: set<int>, b: set<int>) requires a <= b {
  var c := a;
  while c < b {
    var x :| x in b - c;
    c := c + {x};
  }
}

method Halve(x: real) requires x >= 0.0 {
  var y := x;
  while y > 1.0 {
    y := y - 1.0;
  }
}

method Chars() {
  var c := 'a';
  while c < 'z' {
    c := (c as int + 1) as char;
  }
}

method Wrong(n: int) {
  var i := 0;
  while i < n && i >= 0 {
    i := i - 1;
  }
}

method WrongSecond(n: int) {
  var i := 0;
  var j := 0;
  while 0 <= i && j < n {
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: loop_guessed_decreases.dfy(53,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK: loop_guessed_decreases.dfy(61,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 2 errors
