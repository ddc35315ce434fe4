// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: break out of labelled blocks. A loop's targets
// leave out what is assigned only on the way out of the loop (break to an outer label), as
// Boogie's loops are the blocks that reach the back edge.
method M(n: nat) returns (x: int) {
  x := 0;
  label Outer: {
    if n > 5 { break Outer; }
    x := 1;
  }
  assert x == 1;
}

method K(n: nat) returns (x: int)
  ensures x <= 1
{
  x := 0;
  label A: {
    var i := 0;
    while i < n
      invariant x == 0
    {
      if i == 3 { x := 1; break A; }
      i := i + 1;
    }
    x := -1;
  }
  assert x == 1 || x == -1;
}

method W(a: array<int>) returns (found: bool)
{
  found := false;
  label Search: {
    for i := 0 to a.Length {
      if a[i] == 0 { found := true; break Search; }
    }
    assert !found;
  }
}

method Count(n: nat) {
  var i := 0;
  while i < n {
    label B: {
      if i % 2 == 0 { break B; }
      while true { break; }
    }
    i := i + 1;
  }
  assert i == n;
}

// CHECK-EXIT: 4
// CHECK: break_labelled_block.dfy(11,2): Error: assertion might not hold
// CHECK: break_labelled_block.dfy(51,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 2 errors
