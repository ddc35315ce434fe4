// RUN: resolve --show-snippets false
method M(x: int) returns (y: int)
{
  y := x + 1;

method N() returns (z: int)
{
  z := 3;
}

// CHECK-EXIT: 2
// CHECK: missing_closing_brace.dfy(6,0): Error: rbrace expected
// CHECK: 1 parse errors detected in missing_closing_brace.dfy
