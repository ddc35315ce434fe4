// RUN: resolve --show-snippets false
type T =

// CHECK-EXIT: 2
// CHECK: type_synonym_missing_rhs.dfy(7,0): Error: invalid SynonymTypeDecl
// CHECK: 1 parse errors detected in type_synonym_missing_rhs.dfy
