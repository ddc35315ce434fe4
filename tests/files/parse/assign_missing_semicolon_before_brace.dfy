// RUN: resolve --show-snippets false
method M() {
  var x := 0;
  x := 1
}

// CHECK-EXIT: 2
// CHECK: assign_missing_semicolon_before_brace.dfy(5,0): Error: invalid AssignStatement
// CHECK: 1 parse errors detected in assign_missing_semicolon_before_brace.dfy
