// RUN: resolve
method Main() {
  var x := 1;
  print x, "\n";

// CHECK-EXIT: 2
// CHECK: missing_closing_brace_eof_snippet.dfy(13,0): Error: rbrace expected
// CHECK:    |
// CHECK: 13 | 
// CHECK:    | ^
// CHECK:
// CHECK: 1 parse errors detected in missing_closing_brace_eof_snippet.dfy
