// RUN: run --standard-libraries true
// Std.Collections.Tuple from a user program: the projections T2_0 and T2_1 as function values,
// through Std.Collections.Seq.Map. Expected output recorded from Dafny 4.11 (`dafny run
// --standard-libraries true`, with Dafny's own standard library), which verifies the program
// first; dfyc verifies it with its library in library mode.
import opened Std.Collections.Tuple
import Std.Collections.Seq

method Main() {
  var pairs := [(1, "one"), (2, "two"), (3, "three")];
  var firsts := Seq.Map(T2_0(), pairs);
  var seconds := Seq.Map(T2_1(), pairs);
  assert firsts[1] == 2;
  assert seconds[2] == "three";
  // Bound to a variable first: dfyc does not resolve F()(x) yet (stdlib/README.md, gaps).
  var first := T2_0<int, bool>();
  var second := T2_1<int, bool>();
  print firsts, " ", seconds, " ", first((5, true)), " ", second((5, true)), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
// CHECK: [1, 2, 3] [['o', 'n', 'e'], ['t', 'w', 'o'], ['t', 'h', 'r', 'e', 'e']] 5 true
