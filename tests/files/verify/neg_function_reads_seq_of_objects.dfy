// RUN: verify --show-snippets false
// A function reads fields of objects in a sequence but its reads clause names none.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
class Cell { var v: int }
function Total(cells: seq<Cell>): int
{
  if |cells| == 0 then 0 else cells[0].v + Total(cells[1..])
}

// CHECK-EXIT: 4
// CHECK: neg_function_reads_seq_of_objects.dfy(7,39): Error: insufficient reads clause to read field; Consider adding 'reads cells[0]' or 'reads cells[0]`v' in the enclosing function specification for resolution
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
