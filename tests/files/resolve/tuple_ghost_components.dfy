// RUN: resolve --show-snippets false
// Ghost components of tuples in compiled code: a destructor of one, and a variable a pattern
// binds to one. Checked against Dafny 4.11.
method Main() {
  var t: (ghost int, int) := (ghost 1, 2);
  print t.0, "\n";
  var (a, b) := t;
  print a, b, "\n";
  var u := (ghost 5, 6);
  print u.0, u.1;
  ghost var g := 3;
  var fine := (ghost g, 4);
  print fine, "\n";
}

// CHECK-EXIT: 2
// CHECK: tuple_ghost_components.dfy(6,10): Error: a ghost field is allowed only in specification contexts
// CHECK: tuple_ghost_components.dfy(8,8): Error: ghost variables such as a are allowed only in specification contexts. a was inferred to be ghost based on its declaration or initialization.
// CHECK: tuple_ghost_components.dfy(10,10): Error: a ghost field is allowed only in specification contexts
// CHECK: 3 resolution/type errors detected in tuple_ghost_components.dfy
