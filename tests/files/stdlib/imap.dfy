// RUN: run --standard-libraries true
// Std.Collections.Imap from a user program: Get (compiled), and RemoveKeys, RemoveKey,
// Restrict, Union, IsSubset, Invert, Total and Monotonic in proofs, on finite and infinite maps.
// Expected output recorded from Dafny 4.11 (`dafny run --standard-libraries true`, with Dafny's
// own standard library), which verifies the program first; dfyc verifies it with its library
// in library mode.
import opened Std.Collections.Imap
import opened Std.Wrappers

// The range is a call rather than `true`: dfyc warns that `imap x | true :: ...` has no
// trigger, which Dafny does not (stdlib/README.md, gaps).
predicate Any(x: int) { true }
ghost const Distance: imap<int, int> := imap x | Any(x) :: if x < 0 then -x else x

lemma DistanceFacts()
  ensures Total(Distance)
  ensures MonotonicFrom(Distance, 0)
  ensures !Monotonic(Distance)
{
  assert Distance[-1] > Distance[0];
}

lemma Removing(m: imap<int, int>)
  requires 1 in m && 2 in m
  ensures 1 !in RemoveKey(m, 1) && RemoveKey(m, 1)[2] == m[2]
  ensures RemoveKeys(m, iset{1, 2}).Keys == m.Keys - iset{1, 2}
  ensures IsSubset(Restrict(m, iset{2}), m)
  ensures Union(m, imap[1 := 7])[1] == 7
  ensures Union(m, imap[1 := 7])[2] == m[2]
{}

lemma InvertInjective(m: imap<int, string>)
  ensures Injective(Invert(m))
{
  LemmaInvertIsInjective(m);
}

method Main() {
  var m: imap<int, string> := imap[1 := "one", 2 := "two"];
  var a := Get(m, 1);
  var b := Get(m, 3);
  assert a == Some("one") && b == None;
  print a, " ", b, " ", Get(imap[true := 5], true), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 0 errors
// CHECK: Wrappers.Option.Some(['o', 'n', 'e']) Wrappers.Option.None Wrappers.Option.Some(5)
