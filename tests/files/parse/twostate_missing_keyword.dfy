// RUN: resolve --show-snippets false
twostate L() {
}

// CHECK-EXIT: 2
// CHECK: twostate_missing_keyword.dfy(2,9): Error: lemma expected
// CHECK: 1 parse errors detected in twostate_missing_keyword.dfy
