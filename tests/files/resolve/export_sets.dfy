// RUN: resolve --show-snippets false
// What export sets show: the default set, a named set (A`Mini), a set that extends another,
// and everything when a module declares none.
module A {
  export provides F, Pair
  export Mini provides F
  export Full extends Mini reveals G, Pair
  function F(): int { 1 }
  function G(): int { 2 }
  datatype Pair = Pair(x: int, y: int)
}
module NoExports {
  function H(): int { 3 }
}
module B {
  import A
  import M = A`Mini
  import Full = A`Full
  import opened NoExports
  function Sum(p: A.Pair): int { A.F() + M.F() + Full.G() + Full.Pair(1, 2).x + H() }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
