// RUN: resolve --show-snippets false
// Each name an export set lists must be declared in the module, a member in its type, and only
// functions, consts and types can be revealed.
module A {
  export reveals M, Missing, C.nope, F
  method M() {}
  function F(): int { 1 }
  class C {
    var v: int
  }
}

// CHECK-EXIT: 2
// CHECK: export_names_checked.dfy(5,17): Error: 'M' cannot be revealed in an export. Use "provides" instead.
// CHECK: export_names_checked.dfy(5,20): Error: 'Missing' must be a member of 'A' to be exported
// CHECK: export_names_checked.dfy(5,31): Error: No member 'nope' found in type 'C'
// CHECK: 3 resolution/type errors detected in export_names_checked.dfy
