// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method Get() returns (r: int) { r := 1; }
method M() returns (x: int)
  ensures Get() == x
{
  x := 1;
}

// CHECK-EXIT: 2
// CHECK: method_call_in_ensures.dfy(5,10): Error: expression is not allowed to invoke a method (Get)
// CHECK: method_call_in_ensures.dfy(5,13): Error: method call is not allowed to be used in an expression context (Get)
// CHECK: 2 resolution/type errors detected in method_call_in_ensures.dfy
