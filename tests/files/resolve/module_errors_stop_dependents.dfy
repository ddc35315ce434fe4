// RUN: resolve --show-snippets false
// Dafny leaves the bodies of a module with signature errors unresolved, resolves no module
// that imports a module with errors, and says that it does not resolve the enclosing module.
module A {
  method M(x: Undefined) { var y: int := true; }
  function F(): int { true }
}
module B {
  import A
  method N() { var z: int := true; }
}
method Top(q: Nope) { var w: int := true; }

// CHECK-EXIT: 2
// CHECK: module_errors_stop_dependents.dfy(5,14): Error: Type or type parameter is not declared in this scope: Undefined (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: module_errors_stop_dependents.dfy(4,7): Error: not resolving module '_module' because there were errors in resolving its nested module 'A'
// CHECK: 2 resolution/type errors detected in module_errors_stop_dependents.dfy
