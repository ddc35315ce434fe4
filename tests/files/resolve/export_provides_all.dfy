// RUN: resolve --show-snippets false
// `provides *` shows every declaration but reveals only those listed.
module M {
  export provides * reveals E
  datatype D = C(x: int)
  datatype E = K(y: int)
}
module U {
  import opened M
  method Test(d: D) {
    var e := K(1);
    var c := C(1);
  }
}

// CHECK-EXIT: 2
// CHECK: export_provides_all.dfy(12,13): Error: unresolved identifier: C
// CHECK: 1 resolution/type errors detected in export_provides_all.dfy
