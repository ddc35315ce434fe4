// A local whose type is inferred from the function values assigned to it is as wide as the
// widest of them (Dafny's join): f is an int ~> int here, which is no int -> int.
class Cell { var v: int }

method Widened(c: Cell) {
  var f := x => x + 1;
  var a := f(1);
  f := x reads c => x + c.v;
  var g: int -> int := f;
}

method StillTotal() {
  var f := x => x + 1;
  f := x requires x > 0 => x;
  var g: int -> int := f;
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: neg_lambda_reads_widened.dfy(9,23): Error: value does not satisfy the subset constraints of 'int -> int' (possible cause: it may be partial or have read effects)
// CHECK: neg_lambda_reads_widened.dfy(15,23): Error: value does not satisfy the subset constraints of 'int -> int' (possible cause: it may be partial or have read effects)
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
