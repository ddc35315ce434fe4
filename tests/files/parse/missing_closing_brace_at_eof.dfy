// RUN: resolve --show-snippets false
method M(x: int) returns (y: int)
{
  if x > 0 {
    y := x;
  } else {
    y := -x;
  }

// CHECK-EXIT: 2
// CHECK: missing_closing_brace_at_eof.dfy(13,0): Error: rbrace expected
// CHECK: 1 parse errors detected in missing_closing_brace_at_eof.dfy
