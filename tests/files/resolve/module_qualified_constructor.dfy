// RUN: resolve --show-snippets false
// `M.P(x)`: the constructor P of the datatype P declared in module M.
module M {
  datatype P = P(x: int)
}
module N {
  import M
  function Make(x: int): M.P {
    M.P(x)
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
