// A lambda applied where its precondition does not hold has no known value: its body may read
// outside its reads clause there, so the frame axiom must not relate two heaps through it.
// (Dafny 4.11 verifies this file: its Handle axiom gives f(0) the body's value even where the
// precondition is false, and with reads {} the frame axiom makes w.val the same in two heaps.
// dfyc reports the assertion; the expected output is dfyc's.)
class W { var val: int }

method M(w: W)
  modifies w
{
  var f := x requires false reads {} => w.val;
  w.val := 0;
  assert f.requires(0) ==> f(0) == w.val;
  w.val := 1;
  assert f.requires(0) ==> f(0) == w.val;
  assert false;
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: neg_lambda_reads_requires_false.dfy(16,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
