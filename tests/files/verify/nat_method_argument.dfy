// RUN: verify --show-snippets false
method Repeat(n: nat) returns (r: int)
  ensures r == n
{
  r := n;
}
method Main() {
  var x := Repeat(-1);
  print x, "\n";
}

// CHECK-EXIT: 4
// CHECK: nat_method_argument.dfy(8,18): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
