// RUN: resolve --show-snippets false --allow-warnings
// Expected output recorded from Dafny 4.11: a comparison of a non-null field with null names
// the field in its hint, as one of a variable names the variable; 'old' of an array's Length,
// a const field or a sequence element reads no heap.
class Stack {
  var arr: array<int>
  const c: array<int>
  var s: seq<int>
  ghost predicate Valid() reads this { arr != null && this.arr != null && c != null }
  method M(a: array<int>, q: seq<int>, i: nat)
    requires i < |q|
    modifies a
    ensures old(a.Length) == a.Length
    ensures old(q[i]) == q[i]
    ensures old(|q|) == |q|
    ensures old(c) == c && old(c.Length) == c.Length
    ensures old(a[0..0]) == a[0..0]
    ensures old(s) == s
  {
  }
}


// CHECK-EXIT: 0
// CHECK: null_field_hint.dfy(9,43): Warning: the type of the other operand is a non-null type, so this comparison with 'null' will always return 'true' (to make it possible for field 'arr' to have the value 'null', declare its type to be 'array?<int>')
// CHECK: null_field_hint.dfy(9,63): Warning: the type of the other operand is a non-null type, so this comparison with 'null' will always return 'true' (to make it possible for field 'arr' to have the value 'null', declare its type to be 'array?<int>')
// CHECK: null_field_hint.dfy(9,76): Warning: the type of the other operand is a non-null type, so this comparison with 'null' will always return 'true' (to make it possible for field 'c' to have the value 'null', declare its type to be 'array?<int>')
// CHECK: null_field_hint.dfy(13,12): Warning: Argument to 'old' does not dereference the mutable heap, so this use of 'old' has no effect
// CHECK: null_field_hint.dfy(14,12): Warning: Argument to 'old' does not dereference the mutable heap, so this use of 'old' has no effect
// CHECK: null_field_hint.dfy(15,12): Warning: Argument to 'old' does not dereference the mutable heap, so this use of 'old' has no effect
// CHECK: null_field_hint.dfy(16,12): Warning: Argument to 'old' does not dereference the mutable heap, so this use of 'old' has no effect
// CHECK: null_field_hint.dfy(16,27): Warning: Argument to 'old' does not dereference the mutable heap, so this use of 'old' has no effect
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
