// RUN: resolve --show-snippets false
method A() returns (r: int) {
  r := 1;
}
;
method B() returns (r: int) {
  r := 2;
}

// CHECK-EXIT: 2
// CHECK: stray_token_top_level.dfy(5,0): Error: this symbol not expected in Dafny
// CHECK: 1 parse errors detected in stray_token_top_level.dfy
