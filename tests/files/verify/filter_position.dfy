// RUN: verify --show-snippets false --filter-position filter_position.dfy:12-19
// Dafny's --filter-position FILE:LINES: only the declarations whose name is on a line of 12-19
// (Second and Third) are verified; First's and Fourth's errors are not reported. Checked against
// Dafny 4.11: the same errors; with a line range Dafny's summary counts assertions ("1
// assertions verified, 2 errors"), dfyc's still counts tasks.
method First(x: int) returns (r: int)
  ensures r > 0
{
  r := x;
}

method Second(x: int) returns (r: int)
  ensures r > 0
{
  r := x;
}

method Third() {
  assert 1 == 2;
}

method Fourth() {
  assert false;
}

// CHECK-EXIT: 4
// CHECK: filter_position.dfy(14,0): Error: a postcondition could not be proved on this return path
// CHECK: filter_position.dfy(13,12): Related location: this is the postcondition that could not be proved
// CHECK: filter_position.dfy(19,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
