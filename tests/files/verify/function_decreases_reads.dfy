// RUN: verify --show-snippets false --allow-warnings
// A function's decreases clause may read what its reads clause does not name: Dafny checks it
// for well-formedness and termination but makes no reads checks there (the body is still
// checked: Q's reads Repr without a reads clause). Expected errors are Dafny 4.11's
// (`dafny verify --show-snippets false`).
class C {
  var Repr: set<object>
  var a: array<int>
  predicate P(x: int)
    decreases Repr
  {
    x > 0
  }
  function F(x: int): int
    decreases Repr, x, a.Length, a[0]
  {
    if x <= 0 then 0 else F(x - 1)
  }
  predicate Q()
    decreases Repr
  {
    Repr == {}
  }
  function G(x: nat): nat
    decreases 10 / x
  {
    0
  }
}

// CHECK-EXIT: 4
// CHECK: function_decreases_reads.dfy(15,34): Error: index out of range
// CHECK: function_decreases_reads.dfy(22,4): Error: insufficient reads clause to read field; Consider adding 'reads this' or 'reads this`Repr' in the enclosing predicate specification for resolution
// CHECK: function_decreases_reads.dfy(25,17): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 3 errors
