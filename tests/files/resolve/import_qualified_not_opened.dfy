// RUN: resolve --show-snippets false
// A qualified name reaches the module's own declarations, not what the module opens.
module Z {
  const z := 0
}
module A {
  import opened Z
  const x := 1
}
module B {
  import opened A
}
module C {
  import B
  const w := B.x
  const w2 := B.A.x
}
module D {
  import opened B
  const u := A.z
  const v := A.Z.z
}

// CHECK-EXIT: 2
// CHECK: import_qualified_not_opened.dfy(15,15): Error: unresolved identifier: x
// CHECK: import_qualified_not_opened.dfy(20,15): Error: unresolved identifier: z
// CHECK: 2 resolution/type errors detected in import_qualified_not_opened.dfy
