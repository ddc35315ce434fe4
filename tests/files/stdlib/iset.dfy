// RUN: run --standard-libraries true
// Std.Collections.Iset from a user program: LemmaSubset, and Map and Filter on infinite sets
// (the even numbers, their doubles, the multiples of four), in lemmas and ghost code. Expected
// output recorded from Dafny 4.11 (`dafny run --standard-libraries true`, with Dafny's own
// standard library), which verifies the program first; dfyc verifies it with its library in
// library mode.
import Iset = Std.Collections.Iset
import opened Std.Functions

ghost const Evens: iset<int> := iset x | x % 2 == 0

lemma MultiplesOfFourAreEven()
  ensures (iset x | x % 4 == 0) <= Evens
{
  Iset.LemmaSubset((iset x | x % 4 == 0), Evens);
}

lemma DoublesOfEvens()
  ensures 8 in Iset.Map(Evens, (x: int) => 2 * x)
  ensures 6 !in Iset.Map(Evens, (x: int) => 2 * x)
{
  var f := (x: int) => 2 * x;
  assert Injective(f);
  assert f(4) == 8 && 4 in Evens;
  assert f(3) == 6 && 3 !in Evens;
}

lemma FilterEvens()
  ensures 12 in Iset.Filter(Evens, (x: int) => x % 3 == 0)
  ensures 10 !in Iset.Filter(Evens, (x: int) => x % 3 == 0)
  ensures 9 !in Iset.Filter(Evens, (x: int) => x % 3 == 0)
{}

method Main() {
  ghost var small := Iset.Filter(Evens, (x: int) => 0 <= x < 10);
  assert 4 in small && 5 !in small;
  print "Iset ok\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 0 errors
// CHECK: Iset ok
