// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var s: set<Unknown>;
}

// CHECK-EXIT: 2
// CHECK: set_of_unknown_type.dfy(4,13): Error: Type or type parameter is not declared in this scope: Unknown (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: 1 resolution/type errors detected in set_of_unknown_type.dfy
