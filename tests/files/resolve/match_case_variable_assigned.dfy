// RUN: resolve --show-snippets false
// The variables a case of a match statement binds are locals: its body may assign them.
datatype Pair = Pair(a: int, b: int)
method M(p: Pair) returns (r: int) {
  match p {
    case Pair(x, y) =>
      x := x + y;
      r := x;
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
