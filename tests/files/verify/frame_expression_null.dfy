// RUN: verify --show-snippets false
// o`f in a reads or modifies clause needs o non-null. Dafny 4.11's output.
class C { var f: int }
function F(c: C?): int reads c`f { 0 }
method M(c: C?) modifies c`f { }
function G(c: C?): int reads if c == null then {} else {c} { 0 }
method N(c: C) modifies c`f { c.f := 1; }

// CHECK-EXIT: 4
// CHECK: frame_expression_null.dfy(4,31): Error: frame expression might dereference null
// CHECK: frame_expression_null.dfy(5,27): Error: frame expression might dereference null
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 2 errors
