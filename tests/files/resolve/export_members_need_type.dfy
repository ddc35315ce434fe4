// RUN: resolve --show-snippets false
// A type member can be exported only with its type; a constructor or a mutable field only with
// its type revealed (a const needs the type only provided).
module A {
  export X provides C.v, C.Init, Z
  export Y reveals C provides C.v, C.Init
  export W provides Z.k
  export V provides C, C.v, Z, Z.k
  class C {
    var v: int
    constructor Init() {}
  }
  class Z { const k := 1 }
}

// CHECK-EXIT: 2
// CHECK: export_members_need_type.dfy(5,22): Error: Cannot export type member 'v' without providing its enclosing class 'C'
// CHECK: export_members_need_type.dfy(5,27): Error: Cannot export type member 'Init' without providing its enclosing class 'C'
// CHECK: export_members_need_type.dfy(7,22): Error: Cannot export type member 'k' without providing its enclosing class 'Z'
// CHECK: export_members_need_type.dfy(8,25): Error: Cannot export mutable field 'v' without revealing its enclosing class 'C'
// CHECK: 4 resolution/type errors detected in export_members_need_type.dfy
