// RUN: verify --show-snippets false
// A lambda that reads the heap is stored in a total arrow type.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
class Cell { var v: int }
method M(c: Cell) {
  var f: () -> int := () reads c => c.v;
}

// CHECK-EXIT: 4
// CHECK: neg_lambda_reads_heap_total_arrow.dfy(6,22): Error: value does not satisfy the subset constraints of '() -> int' (possible cause: it may be partial or have read effects)
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
