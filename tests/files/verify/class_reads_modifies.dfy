// RUN: verify --show-snippets false
class Counter {
  var n: int
  constructor () ensures n == 0 { n := 0; }
  method Inc() modifies this ensures n == old(n) + 1 { n := n + 1; }
  function Get(): int { n }
  method Bad(o: Counter) { o.n := 1; }
}

// CHECK-EXIT: 4
// CHECK: class_reads_modifies.dfy(6,24): Error: insufficient reads clause to read field; Consider adding 'reads this' or 'reads this`n' in the enclosing function specification for resolution
// CHECK: class_reads_modifies.dfy(7,29): Error: assignment might update an object not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 2 errors
