// RUN: verify --standard-libraries true --show-snippets false
// Library mode: the standard library's declarations are taken as verified, as Dafny takes its
// own (Options::verify_library, stdlib/README.md): only this program's declarations are tasks,
// so the count below is Dafny 4.11's (recorded by stdlib/tests/record.py), and the library's
// lemmas are assumed where they are called. --verify-standard-libraries verifies them too
// (verify_arithmetic.dfy).
import opened Std.Arithmetic.Power
import opened Std.Arithmetic.Mul
import Std.Collections.Set
import opened Std.BoundedInts

lemma PowSum(a: nat, b: nat)
  ensures Pow(2, a + b) == Pow(2, a) * Pow(2, b)
{
  LemmaPowAdds(2, a, b);
}

lemma SubsetSize(a: set<int>, b: set<int>)
  requires a <= b
  ensures |a| <= |b|
{
  Set.LemmaSubsetSize(a, b);
}

function Low(x: uint16): uint8 {
  (x % 0x100) as uint8
}

// Without the library lemma's call, the program's own proof fails: its tasks really run.
lemma PowSumUnproved(a: nat, b: nat)
  ensures Pow(2, a + b) == Pow(2, a) * Pow(2, b)
{
}

// CHECK-EXIT: 4
// CHECK: library_mode.dfy(32,0): Error: a postcondition could not be proved on this return path
// CHECK: library_mode.dfy(31,24): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 1 error
