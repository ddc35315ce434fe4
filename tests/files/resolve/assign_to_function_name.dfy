// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(): int { 0 }
method M() {
  F := 1;
}

// CHECK-EXIT: 2
// CHECK: assign_to_function_name.dfy(5,2): Error: LHS of assignment must denote a mutable field
// CHECK: assign_to_function_name.dfy(5,4): Error: RHS (of type int) not assignable to LHS (of type () -> int)
// CHECK: 2 resolution/type errors detected in assign_to_function_name.dfy
