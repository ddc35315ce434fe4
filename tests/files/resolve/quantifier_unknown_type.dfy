// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
predicate P() {
  forall x: Unknown :: true
}

// CHECK-EXIT: 2
// CHECK: quantifier_unknown_type.dfy(4,12): Error: Type or type parameter is not declared in this scope: Unknown (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: 1 resolution/type errors detected in quantifier_unknown_type.dfy
