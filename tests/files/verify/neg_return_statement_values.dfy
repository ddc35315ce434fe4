// RUN: verify --show-snippets false
// A return statement with values that break the postcondition.
method Divide(a: nat, b: nat) returns (q: nat, r: nat)
  requires b > 0
  ensures a == q * b + r
{
  return a / b, a % b + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_return_statement_values.dfy(7,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_return_statement_values.dfy(5,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
