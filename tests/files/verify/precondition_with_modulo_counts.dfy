// RUN: verify --show-snippets false
method Half(n: int) returns (h: int)
  requires n % 2 == 0
  ensures 2 * h == n
{
  h := n / 2;
}
method Main() {
  var x := Half(7);
  print x, "\n";
}

// CHECK-EXIT: 4
// CHECK: precondition_with_modulo_counts.dfy(9,15): Error: a precondition for this call could not be proved
// CHECK: precondition_with_modulo_counts.dfy(3,17): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
