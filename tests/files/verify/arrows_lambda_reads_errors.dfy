// A lambda without a reads clause reads nothing: not a field, an array element, or a function
// that reads the heap (each reported as Dafny does, on the lambda's own branch).
class C { var v: int }

function G(c: C): int reads c { c.v }

method M(c: C) returns (r: int)
  modifies c
{
  var g := x => c.v + x;
  var a := g(0);
  c.v := c.v + 1;
  var b := g(0);
  assert a == b;
}

function F(c: C): int -> int
{
  x => c.v + x
}

method Elements(c: C, a: array<int>) returns (r: int)
  requires a.Length > 0
{
  var g := x => a[0] + x;
  var h := x => G(c) + x;
  var k := (x: int) => a.Length + x;
  r := 0;
}

// What the lambda needs, read before it: no error.
method Extracted(c: C, a: array<int>) returns (r: int)
  requires a.Length > 0
{
  var v, e := c.v, a[0];
  var g := x => v + e + x;
  r := g(1);
  assert r == c.v + a[0] + 1;
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: arrows_lambda_reads_errors.dfy(10,18): Error: insufficient reads clause to read field; Consider extracting c.v to a local variable before the lambda expression, or adding 'reads c' in the enclosing lambda specification for resolution
// CHECK: arrows_lambda_reads_errors.dfy(15,0): Error: out-parameter 'r', which is subject to definite-assignment rules, might be uninitialized at this return point
// CHECK: arrows_lambda_reads_errors.dfy(19,9): Error: insufficient reads clause to read field; Consider extracting c.v to a local variable before the lambda expression, or adding 'reads c' in the enclosing lambda specification for resolution
// CHECK: arrows_lambda_reads_errors.dfy(25,17): Error: insufficient reads clause to read array element; Consider extracting a[0] to a local variable before the lambda expression, or adding 'reads a' in the enclosing lambda specification for resolution
// CHECK: arrows_lambda_reads_errors.dfy(26,17): Error: insufficient reads clause to invoke function
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 5 errors
