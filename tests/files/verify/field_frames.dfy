// RUN: verify --show-snippets false
// Field frames (o`f) in reads and modifies clauses: they cover that field only. Expected
// output recorded from Dafny 4.11.
class Counter {
  var value: int
  var other: int
  constructor() { value := 0; other := 0; }

  function Get(): int reads this`value { value }

  function Peek(): int reads this`value { other }

  method Inc()
    modifies this`value
    ensures value == old(value) + 1
  {
    value := value + 1;
  }

  method Wrong()
    modifies this`value
  {
    other := 1;
  }

  method Keeps()
    modifies this`value
    ensures other == old(other)
    ensures Get() == old(Get()) + 1
  {
    Inc();
  }
}

method Client(c: Counter)
  modifies c`value
{
  var o := c.other;
  c.Inc();
  assert c.other == o;
  assert c.value == o;
}

// CHECK-EXIT: 4
// CHECK: field_frames.dfy(11,42): Error: insufficient reads clause to read field; Consider adding 'reads this' or 'reads this`other' in the enclosing function specification for resolution
// CHECK: field_frames.dfy(23,4): Error: assignment might update an object not in the enclosing context's modifies clause
// CHECK: field_frames.dfy(41,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 7 verified, 3 errors
