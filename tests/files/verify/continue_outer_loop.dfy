// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: continue to an outer loop (continue L, break continue)
// ends that loop's iteration; the states of the jumps are joined there.
method M(n: nat) returns (c: nat)
  ensures c <= n * n
{
  c := 0;
  var i := 0;
  label Outer: while i < n
    invariant 0 <= i <= n && c <= i * n
  {
    i := i + 1;
    var j := 0;
    while j < n
      invariant 0 <= j <= n && c <= (i - 1) * n + j
    {
      j := j + 1;
      if j == 3 { continue Outer; }
      c := c + 1;
    }
  }
}

method N(n: nat) returns (c: nat)
  ensures c < n   // wrong
{
  c := 0;
  var i := 0;
  while i < n
    invariant 0 <= i <= n && c <= i
  {
    i := i + 1;
    var j := 0;
    while j < 5
    {
      j := j + 1;
      if j == 2 { break continue; }
    }
    c := c + 1;
  }
}

method P() {
  var i := 0;
  while i < 10
    invariant i <= 10
  {
    i := i + 1;
    var k := 0;
    while k < 3 {
      k := k + 1;
      if i == 5 { continue; }
      if k == 2 { break continue; }
    }
    assert i <= 10;
    assert k == 2; // wrong: k could be 3 when i == 5
  }
}

// CHECK-EXIT: 4
// CHECK: continue_outer_loop.dfy(26,0): Error: a postcondition could not be proved on this return path
// CHECK: continue_outer_loop.dfy(25,12): Related location: this is the postcondition that could not be proved
// CHECK: continue_outer_loop.dfy(56,4): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
