// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {}
method M(c: C, a: array<int>, d: C?) returns (b: bool)
  ensures b == (a != null)
{
  b := c == null || d == null;
}

// CHECK-EXIT: 2
// CHECK: null_comparison_of_non_null_types.dfy(5,18): Warning: the type of the other operand is a non-null type, so this comparison with 'null' will always return 'true' (to make it possible for variable 'a' to have the value 'null', declare its type to be 'array?<int>')
// CHECK: null_comparison_of_non_null_types.dfy(7,9): Warning: the type of the other operand is a non-null type, so this comparison with 'null' will always return 'false' (to make it possible for variable 'c' to have the value 'null', declare its type to be 'C?')
// CHECK: Compilation failed because warnings were found and --allow-warnings is false
