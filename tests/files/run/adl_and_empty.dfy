// RUN: run --no-verify
// Two C++ lookups that Dafny does not have. A module-level function named as one of another
// module whose types its arguments have (U.Name(l) with l: L.Level) is called fully qualified,
// since C++'s argument-dependent lookup would also find L's and call the two ambiguous (found
// by Std.Parsers.StringBuilders.FailWith beside StringParsers.FailWith). And `s == []` on a
// collection of functions, which Dafny allows (a function has no equality) is `s.empty()`.
// Expected output recorded from Dafny 4.11 (`dafny run`).
module L {
  datatype Level = Low | High
  function Name(l: Level): string { "L.Name" }
  function Tag<T>(l: Level, t: T): string { "L.Tag" }
}

module U {
  import L
  function Name(l: L.Level): string { if l.Low? then "U.Name low" else "U.Name high" }
  function Tag<T>(l: L.Level, t: T): string { "U.Tag" }
  method Show() {
    print Name(L.Low), " ", Name(L.High), " ", Tag(L.Low, 3), " ", L.Name(L.Low), "\n";
  }
}

module Prog {
  import U
  function Apply(fs: seq<int -> int>, x: int): int
    decreases |fs|
  {
    if fs == [] then x else Apply(fs[1..], fs[0](x))
  }
  method Main() {
    U.Show();
    var fs: seq<int -> int> := [];
    print fs == [], " ", [] == fs, " ", fs != [], "\n";
    fs := [x => x + 1, x => x * 10];
    print fs == [], " ", fs != [], " ", Apply(fs, 4), "\n";
    var m: map<int, int -> int> := map[];
    print m == map[], " ", map[1 := (x: int) => x] == map[], "\n";
    var s: set<int> := {};
    print s == {}, " ", {1} != {}, " ", multiset{} == multiset{2}, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: U.Name low U.Name high U.Tag L.Name
// CHECK: true true false
// CHECK: false true 50
// CHECK: true false
// CHECK: true true false
