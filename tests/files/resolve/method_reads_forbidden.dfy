// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: without --reads-clauses-on-methods a method may
// not have a reads clause; a lemma never.
class Cell {
  var v: int
}

method ReadsNothing(c: Cell) returns (x: int)
  reads {}
{
  x := 0;
}

method ReadsField(c: Cell) returns (x: int)
  reads c`v, c
{
  x := c.v;
}

lemma Lem(c: Cell)
  reads c
{
}

// CHECK-EXIT: 2
// CHECK: method_reads_forbidden.dfy(9,8): Error: reads clauses on methods are forbidden without the command-line flag `--reads-clauses-on-methods`
// CHECK: method_reads_forbidden.dfy(15,10): Error: reads clauses on methods are forbidden without the command-line flag `--reads-clauses-on-methods`
// CHECK: method_reads_forbidden.dfy(15,13): Error: reads clauses on methods are forbidden without the command-line flag `--reads-clauses-on-methods`
// CHECK: method_reads_forbidden.dfy(21,8): Error: lemmas are not allowed to have reads clauses (they are allowed to read all memory locations)
// CHECK: 4 resolution/type errors detected in method_reads_forbidden.dfy
