// RUN: verify --show-snippets false
// A function or const an export set provides without revealing keeps its body and value from
// importers: only its signature and specification are known there. Its own module knows both.
module A {
  export provides F, K, G reveals H
  function F(x: int): int { x + 1 }
  function G(x: int): int ensures G(x) > x { x + 2 }
  function H(x: int): int { x + 3 }
  const K := 10
  lemma InA() ensures F(1) == 2 && K == 10 {}
}
module B {
  import A
  method m() {
    assert A.H(1) == 4;
    assert A.G(1) > 1;
    assert A.F(1) == 2;
    assert A.K == 10;
  }
}

// CHECK-EXIT: 4
// CHECK: export_provided_body_hidden.dfy(17,4): Error: assertion might not hold
// CHECK: export_provided_body_hidden.dfy(18,4): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 2 errors
