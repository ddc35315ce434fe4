// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Auto-initialization of tuple variables.
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_tuples.dfy (it verifies there).
method Pair() returns (p: (int, bool))
{
  return (3, true);
}

method Main() {
  var t: (int, string, char) := *;
  print t.0, " ", t.1, "\n";
  var u := (1, "one", 'x');
  print u, " ", u.0, " ", u.1, " ", u.2, "\n";
  var p := Pair();
  print p, "\n";
  var (a, b) := p;
  print a, " ", b, "\n";
  var unit := ();
  print unit, "\n";
  var nested := ((1, 2), [3, 4]);
  print nested, " ", nested.0.1, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 0 
// CHECK: (1, ['o', 'n', 'e'], 'x') 1 one 'x'
// CHECK: (3, true)
// CHECK: 3 true
// CHECK: ()
// CHECK: ((1, 2), [3, 4]) 2
