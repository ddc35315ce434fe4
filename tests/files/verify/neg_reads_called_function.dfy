// RUN: verify --show-snippets false --allow-warnings
// A function calls another that reads more than the caller's reads clause.
class C {
  var x: int
  var y: int
  function GetY(): int
    reads this
  {
    y
  }
  function Sum(): int
    reads {}
  {
    GetY()
  }
}

// CHECK-EXIT: 4
// CHECK: neg_reads_called_function.dfy(14,8): Error: insufficient reads clause to invoke function
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
