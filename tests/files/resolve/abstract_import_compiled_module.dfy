// RUN: resolve --show-snippets false
// An abstract import (`import X : A`) only in an abstract module; Dafny reports it while it
// builds the module graph and resolves nothing else.
abstract module A { const k: int }
abstract module Fine {
  import X : A
}
module S {
  import Y : A
  const bad: int := true
}

// CHECK-EXIT: 2
// CHECK: abstract_import_compiled_module.dfy(9,9): Error: The abstract import named Y (using :) may only be used in an abstract or replaceable module declaration
// CHECK: 1 resolution/type errors detected in abstract_import_compiled_module.dfy
