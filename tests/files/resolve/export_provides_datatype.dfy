// RUN: resolve --show-snippets false
// A datatype an export set only provides is a type to importers, without its constructors;
// one it reveals comes with them.
module M {
  export provides D reveals E
  datatype D = C(x: int)
  datatype E = K(y: int)
}
module U {
  import M
  method Test() {
    var e := M.K(1);
    var d := M.C(1);
  }
}

// CHECK-EXIT: 2
// CHECK: export_provides_datatype.dfy(13,15): Error: unresolved identifier: C
// CHECK: 1 resolution/type errors detected in export_provides_datatype.dfy
