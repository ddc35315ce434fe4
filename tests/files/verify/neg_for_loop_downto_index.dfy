// RUN: verify --show-snippets false
// A downto loop indexes one past the end on its first iteration.
method M(a: array<int>) returns (s: int) {
  s := 0;
  for i := a.Length downto 0 {
    s := s + a[i + 1];
  }
}

// CHECK-EXIT: 4
// CHECK: neg_for_loop_downto_index.dfy(6,14): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
