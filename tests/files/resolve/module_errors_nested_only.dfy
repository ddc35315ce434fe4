// RUN: resolve --show-snippets false
// A module with errors inside one that declares nothing else: the enclosing module has nothing
// left to resolve, so Dafny says nothing of it. Another module, independent, is resolved.
module Outer {
  module Inner {
    function F(x: Missing): int { 0 }
  }
}
module Other {
  function G(): int { true }
}

// CHECK-EXIT: 2
// CHECK: module_errors_nested_only.dfy(6,18): Error: Type or type parameter is not declared in this scope: Missing (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: module_errors_nested_only.dfy(10,11): Error: Function body type mismatch (expected int, got bool)
// CHECK: 2 resolution/type errors detected in module_errors_nested_only.dfy
