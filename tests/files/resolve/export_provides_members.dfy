// RUN: resolve --show-snippets false
// A datatype an export set only provides has no discriminators or destructors to importers.
module M {
  export provides D
  datatype D = C(x: int) | E
}
module U {
  import M
  method Test(d: M.D) {
    var a := d.C?;
    var b := d.x;
  }
}
module V {
  import opened M
  method Test(d: D) {
    var b := d.x;
  }
}

// CHECK-EXIT: 2
// CHECK: export_provides_members.dfy(10,15): Error: member 'C?' has not been imported in this scope and cannot be accessed here
// CHECK: export_provides_members.dfy(11,15): Error: member 'x' has not been imported in this scope and cannot be accessed here
// CHECK: export_provides_members.dfy(17,15): Error: member 'x' has not been imported in this scope and cannot be accessed here
// CHECK: 3 resolution/type errors detected in export_provides_members.dfy
