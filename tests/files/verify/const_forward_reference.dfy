// RUN: verify --show-snippets false
// A const without a type may name a later one: its type comes from that one's value.
const a := b + 1
const b := 2
const c := [a, b]
method M() {
  assert a == 3 && |c| == 2;
  assert c[0] == 4;
}

// CHECK-EXIT: 4
// CHECK: const_forward_reference.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
