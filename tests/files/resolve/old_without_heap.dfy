// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: array<int>, n: int)
  modifies a
  ensures a.Length == old(a).Length
  ensures n == old(n)
{
}

// CHECK-EXIT: 2
// CHECK: old_without_heap.dfy(5,22): Warning: Argument to 'old' does not dereference the mutable heap, so this use of 'old' has no effect
// CHECK: old_without_heap.dfy(6,15): Warning: Argument to 'old' does not dereference the mutable heap, so this use of 'old' has no effect
// CHECK: Compilation failed because warnings were found and --allow-warnings is false
