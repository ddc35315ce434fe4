// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md: isets and imaps, which Dafny's C# backend compiles when they are finite (its ISet
// and IMap are its Set and Map, printed alike: `{1, 2}`, `map[1 := 2]`): displays, bounded
// comprehensions, the operators, Keys/Values/Items, `:|` over an iset. Expected output recorded
// from Dafny 4.11: dafny run --no-verify --allow-warnings feature_isets_imaps.dfy.
function Evens(s: set<int>): iset<int> { iset x | x in s && x % 2 == 0 }

function Squares(s: iset<int>, bound: set<int>): imap<int, int> { imap x | x in bound && x in s :: x * x }

method Main()
  decreases *
{
  var s: iset<int> := iset{3, 1, 2};
  var base := {1, 2, 5};
  var t := iset x | x in base && x > 1;
  var m: imap<int, string> := imap[1 := "a", 2 := "b"];
  var m2 := imap x | x in {1, 2, 3} :: x * x;
  print s, " ", t, " ", s + t, " ", s * t, " ", s - t, "\n";
  print 2 in s, " ", 7 !in s, " ", s == t, " ", s <= s + t, " ", t < s, " ", s !! iset{9}, "\n";
  print m, " ", m2, " ", m[1], " ", 3 in m2, " ", m2.Keys, " ", m2.Values, " ", m2.Items, "\n";
  print m[3 := "c"], " ", m - {1}, " ", m + imap[5 := "e"], " ", m == m, "\n";
  var e: iset<char> := iset{};
  var em: imap<bool, int>;
  print e, " ", em, " ", e == iset{}, "\n";
  print Evens({1, 2, 3, 4}), " ", Squares(iset{1, 2, 7}, {1, 7, 9}), "\n";
  var count := 0;
  var xs := iset{10, 20};
  while xs != iset{}
    decreases *
  {
    var x :| x in xs;
    count := count + x;
    xs := xs - iset{x};
  }
  print count, "\n";
  var nested: iset<iset<int>> := iset{iset{1}, iset{}};
  print |set z | z in {1, 2} && z in s|, " ", iset{1} in nested, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: {1, 2, 3} {2, 5} {1, 2, 3, 5} {2} {1, 3}
// CHECK: true true false true false true
// CHECK: map[1 := ['a'], 2 := ['b']] map[1 := 1, 2 := 4, 3 := 9] a true {1, 2, 3} {1, 4, 9} {(1, 1), (2, 4), (3, 9)}
// CHECK: map[1 := ['a'], 2 := ['b'], 3 := ['c']] map[2 := ['b']] map[1 := ['a'], 2 := ['b'], 5 := ['e']] true
// CHECK: {} map[] true
// CHECK: {2, 4} map[1 := 1, 7 := 49]
// CHECK: 30
// CHECK: 2 true
