// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var x: Foo;
}

// CHECK-EXIT: 2
// CHECK: unresolved_type_name.dfy(4,9): Error: Type or type parameter is not declared in this scope: Foo (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: 1 resolution/type errors detected in unresolved_type_name.dfy
