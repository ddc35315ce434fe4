// RUN: verify --show-snippets false
// A function from an imported module is called outside its precondition.
module Math {
  function Sqrt(x: int): int
    requires x >= 0
  {
    0
  }
}
module Client {
  import Math
  method M(y: int) returns (r: int) {
    r := Math.Sqrt(y);
  }
}

// CHECK-EXIT: 4
// CHECK: neg_module_import_precondition.dfy(13,18): Error: function precondition could not be proved
// CHECK: neg_module_import_precondition.dfy(5,15): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
