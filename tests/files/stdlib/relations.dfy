// RUN: run --standard-libraries true
// Std.Relations from a user program: <= and < on int are orders, an asymmetric relation is
// irreflexive, a sorted sequence and the least element of a set. Expected output recorded from
// Dafny 4.11 (`dafny run --standard-libraries true`, with Dafny's own standard library), which
// verifies the program first; dfyc verifies it with its library in library mode.
import opened Std.Relations

lemma IntLeIsTotalOrdering()
  ensures TotalOrdering((x: int, y: int) => x <= y)
{}

lemma IntLtIsStrictTotalOrdering()
  ensures StrictTotalOrdering((x: int, y: int) => x < y)
{}

lemma LtIsIrreflexive()
  ensures Irreflexive((x: int, y: int) => x < y)
{
  var lt := (x: int, y: int) => x < y;
  assert Asymmetric(lt);
  AsymmetricIsIrreflexive(lt);
}

lemma SameParity()
  ensures EquivalenceRelation((x: int, y: int) => x % 2 == y % 2)
{}

method Main() {
  var xs := [1, 3, 3, 7];
  assert SortedBy((x: int, y: int) => x <= y, xs);
  var s := {4, 2, 9};
  assert IsLeast((x: int, y: int) => x <= y, 2, s);
  assert IsMaximal((x: int, y: int) => x <= y, 9, s);
  print xs, " ", 2 in s, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 0 errors
// CHECK: [1, 3, 3, 7] true
