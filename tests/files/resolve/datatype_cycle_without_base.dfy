// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = D(d: D)

// CHECK-EXIT: 2
// CHECK: datatype_cycle_without_base.dfy(3,9): Warning: because of cyclic dependencies among constructor argument types, no instances of datatype 'D' can be constructed
// CHECK: Compilation failed because warnings were found and --allow-warnings is false
