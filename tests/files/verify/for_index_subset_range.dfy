// RUN: verify --show-snippets false
// A for loop's index variable of a subset type: every value of the range must be of it.
method M() {
  for i: nat := -1 to 5 {
  }
}
method N(n: nat) {
  for i: nat := 0 to n {
  }
  for i: nat := n downto 0 {
  }
  for i: nat := n downto -2 {
  }
}

// CHECK-EXIT: 4
// CHECK: for_index_subset_range.dfy(4,6): Error: entire range must be assignable to index variable, but some value does not satisfy the subset constraints of 'nat'
// CHECK: for_index_subset_range.dfy(12,6): Error: entire range must be assignable to index variable, but some value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
