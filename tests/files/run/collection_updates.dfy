// RUN: run --no-verify --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --no-verify collection_updates.dfy
// `x := x op ...` updates: dfyc reuses x's storage when nothing else holds it; a copy taken
// before must keep its value.
method Main() {
  var m: map<int, int> := map[1 := 10];
  var saved := m;
  m := m[1 := m[1] + 1];
  m := m[2 := m[1] * 2];
  print m, " ", saved, "\n";
  var s: set<int> := {1, 2};
  var before := s;
  s := s + {3};
  s := s - {1};
  s := s + s;
  s := (s + {7}) - {2};
  print s, " ", before, "\n";
  var q := [1, 2, 3];
  var r := q;
  q := q[0 := q[2]];
  q := q + [q[0]];
  print q, " ", r, "\n";
  var ms := multiset{1, 1};
  var ms0 := ms;
  ms := ms + multiset{1, 2};
  ms := ms[2 := 5];
  print ms, " ", ms0, "\n";
  var i := 0;
  var acc: set<int> := {};
  var copies: seq<set<int>> := [];
  while i < 5 {
    acc := acc + {i * i};
    copies := copies + [acc];
    i := i + 1;
  }
  print acc, " ", copies, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: map[1 := 11, 2 := 22] map[1 := 10]
// CHECK: {3, 7} {1, 2}
// CHECK: [3, 2, 3, 3] [1, 2, 3]
// CHECK: multiset{1, 1, 1, 2, 2, 2, 2, 2} multiset{1, 1}
// CHECK: {0, 1, 4, 9, 16} [{0}, {0, 1}, {0, 1, 4}, {0, 1, 4, 9}, {0, 1, 4, 9, 16}]
