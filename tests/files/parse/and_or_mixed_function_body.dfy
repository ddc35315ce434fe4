// RUN: resolve --show-snippets false
predicate P(a: bool, b: bool, c: bool)
{
  a && b || c
}

// CHECK-EXIT: 2
// CHECK: and_or_mixed_function_body.dfy(4,9): Error: Ambiguous use of && and ||. Use parentheses to disambiguate.
// CHECK: 1 parse errors detected in and_or_mixed_function_body.dfy
