// RUN: resolve --show-snippets false
// A class an export set only provides cannot be allocated by importers: its constructors are
// exported only with the class revealed (revealing it exports the anonymous constructor).
module A {
  export provides C, D reveals E
  class C {
    constructor () {}
  }
  class D {
    constructor Init() {}
  }
  class E {
    constructor () {}
    method N() {}
  }
}
module B {
  import opened A
  method m() {
    var c := new C();
    var d := new D.Init();
    var e := new E();
    e.N();
  }
}

// CHECK-EXIT: 2
// CHECK: export_provided_class_new.dfy(20,17): Error: member '_ctor' has not been imported in this scope and cannot be accessed here
// CHECK: export_provided_class_new.dfy(21,19): Error: member 'Init' does not exist in type 'D' or cannot be part of type name
// CHECK: export_provided_class_new.dfy(21,13): Error: new can be applied only to class types (got D.Init)
// CHECK: export_provided_class_new.dfy(23,6): Error: member 'N' has not been imported in this scope and cannot be accessed here
// CHECK: export_provided_class_new.dfy(23,7): Error: expected method call, found expression
// CHECK: 5 resolution/type errors detected in export_provided_class_new.dfy
