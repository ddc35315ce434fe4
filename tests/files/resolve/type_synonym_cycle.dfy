// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
type A = B
type B = A

// CHECK-EXIT: 2
// CHECK: type_synonym_cycle.dfy(3,5): Error: cycle among redirecting types (newtypes, subset types, type synonyms): A -> B -> A
// CHECK: 1 resolution/type errors detected in type_synonym_cycle.dfy
