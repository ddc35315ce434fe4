// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// With several arguments, the mismatched one is named with its index, for methods, lemmas,
// functions and datatype constructors alike.
datatype Pt = Pt(x: int, ok: bool)
method P(a: int, b: bool) { }
lemma L(a: int, b: bool) { }
function F(a: int, b: bool): int { 0 }
method M() {
  P(1, 2);
  L(1, 2);
  var y := F(1, 2);
  var p := Pt(1, 2);
}

// CHECK-EXIT: 2
// CHECK: argument_type_at_index.dfy(10,7): Error: incorrect argument type at index 1 for method in-parameter 'b' (expected bool, found int)
// CHECK: argument_type_at_index.dfy(11,7): Error: incorrect argument type at index 1 for lemma in-parameter 'b' (expected bool, found int)
// CHECK: argument_type_at_index.dfy(12,16): Error: incorrect argument type at index 1 for function parameter 'b' (expected bool, found int)
// CHECK: argument_type_at_index.dfy(13,17): Error: incorrect argument type at index 1 for datatype constructor parameter 'ok' (expected bool, found int)
// CHECK: 4 resolution/type errors detected in argument_type_at_index.dfy
