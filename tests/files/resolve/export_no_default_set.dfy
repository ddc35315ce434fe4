// RUN: resolve --show-snippets false
// A module with export sets but no default one cannot be imported without naming a set.
module A {
  export X provides F
  function F(): int { 1 }
}
module B {
  import A
}
module C {
  import A`X
  const k := A.F()
}

// CHECK-EXIT: 2
// CHECK: export_no_default_set.dfy(8,9): Error: no default export set declared in module: A
// CHECK: 1 resolution/type errors detected in export_no_default_set.dfy
