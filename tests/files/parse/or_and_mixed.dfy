// RUN: resolve --show-snippets false
method M(a: bool, b: bool, c: bool) returns (r: bool)
{
  r := a || b && c;
}

// CHECK-EXIT: 2
// CHECK: or_and_mixed.dfy(4,14): Error: Ambiguous use of && and ||. Use parentheses to disambiguate.
// CHECK: 1 parse errors detected in or_and_mixed.dfy
