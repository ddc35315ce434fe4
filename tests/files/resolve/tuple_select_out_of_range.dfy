// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(p: (int, int)) returns (r: int) {
  r := p.2;
}

// CHECK-EXIT: 2
// CHECK: tuple_select_out_of_range.dfy(4,9): Error: member '2' does not exist in datatype '_tuple#2'
// CHECK: 1 resolution/type errors detected in tuple_select_out_of_range.dfy
