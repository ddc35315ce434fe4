// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
  method M()
    modifies f
  {
  }
}

// CHECK-EXIT: 2
// CHECK: modifies_field_name.dfy(6,13): Error: a modifies-clause expression must denote an object, a single field location like o`x or a`[i] of type (object, field)  (with `--referrers`), or a set/iset/multiset/seq of objects or single field locations (with `--referrers`) (instead got int)
// CHECK: 1 resolution/type errors detected in modifies_field_name.dfy
