// RUN: resolve --show-snippets false
// Members of an exported class are shown only when listed: `provides C, C.x` shows the type and
// its const x, not its field v nor its method M.
module A {
  export provides C, C.x
  class C {
    var v: int
    const x: int := 3
    method M() {}
    static function S(): int { 1 }
    constructor () {}
  }
}
module B {
  import A
  method m(c: A.C) {
    var e := c.x;
    var f := c.v;
    var g := A.C.S();
  }
}

// CHECK-EXIT: 2
// CHECK: export_provided_class_members.dfy(18,15): Error: member 'v' has not been imported in this scope and cannot be accessed here
// CHECK: export_provided_class_members.dfy(19,17): Error: member 'S' has not been imported in this scope and cannot be accessed here
// CHECK: 2 resolution/type errors detected in export_provided_class_members.dfy
