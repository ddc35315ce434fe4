// RUN: run --no-verify --allow-warnings --show-snippets false
method Main() {
  var s := [1, 2, 3];
  var t := s + [4, 5];
  print s, " ", t, " ", |t|, "\n";
  print t[1], " ", t[1..3], " ", t[..2], " ", t[3..], " ", t[..], "\n";
  print s[1 := 10], " ", 2 in s, " ", 7 !in s, "\n";
  print s == [1, 2, 3], " ", s < t, " ", s <= s, " ", [] < s, "\n";
  var str := "hello";
  var cs: seq<char> := ['w', 'o'];
  print str, " ", |str|, " ", str[1], " ", str + " world", " ", cs, "\n";
  print [str, "x"], "\n";
  print multiset(s + s), "\n";
  var st := {3, 1, 2};
  print st, " ", |st|, " ", st + {5}, " ", st * {1, 9}, " ", st - {1}, " ", 1 in st, "\n";
  print st <= {1, 2, 3, 4}, " ", st < st, " ", st !! {7}, "\n";
  var m := map[1 := "one", 2 := "two"];
  print m, " ", m[1], " ", |m|, " ", 1 in m, " ", m[3 := "three"], "\n";
  print m.Keys, " ", m.Values, "\n";
  var ms := multiset{1, 1, 2};
  print ms, " ", ms[1], " ", |ms|, "\n";
  var e: seq<int> := [];
  var es: set<int> := {}; print e, " ", es, "\n";
  var tup := (1, true, 'c');
  print tup, " ", tup.0, " ", tup.2, "\n";
  var (a, b) := (5, "five");
  print a, " ", b, "\n";
  var sq := seq(5, i => i * i);
  print sq, "\n";
  var evens := set x | 0 <= x < 10 && x % 2 == 0;
  print evens, "\n";
  var sqm := map x | 0 <= x < 4 :: x * x;
  print sqm, "\n";
  print forall x :: 0 <= x < |s| ==> s[x] > 0, " ", exists x :: 0 <= x < |s| && s[x] == 2, "\n";
  for i := 0 to 3 {
    print i;
  }
  for i := 3 downto 0 {
    print i;
  }
  print "\n";
  var i := 0;
  while true {
    i := i + 1;
    if i == 2 { continue; }
    if i > 4 { break; }
    print i;
  }
  print "\n";
  var c := 'a' + 'b' - 'a';
  print c, " ", 'a' as int, " ", 98 as char, " ", 3 as real, " ", (3.7 as real).Floor, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: [1, 2, 3] [1, 2, 3, 4, 5] 5
// CHECK: 2 [2, 3] [1, 2] [4, 5] [1, 2, 3, 4, 5]
// CHECK: [1, 10, 3] true true
// CHECK: true true true true
// CHECK: hello 5 'e' hello world wo
// CHECK: [['h', 'e', 'l', 'l', 'o'], ['x']]
// CHECK: multiset{1, 1, 2, 2, 3, 3}
// CHECK: {1, 2, 3} 3 {1, 2, 3, 5} {1} {2, 3} true
// CHECK: true false true
// CHECK: map[1 := ['o', 'n', 'e'], 2 := ['t', 'w', 'o']] one 2 true map[1 := ['o', 'n', 'e'], 2 := ['t', 'w', 'o'], 3 := ['t', 'h', 'r', 'e', 'e']]
// CHECK: {1, 2} {['o', 'n', 'e'], ['t', 'w', 'o']}
// CHECK: multiset{1, 1, 2} 2 3
// CHECK: [] {}
// CHECK: (1, true, 'c') 1 'c'
// CHECK: 5 five
// CHECK: [0, 1, 4, 9, 16]
// CHECK: {0, 2, 4, 6, 8}
// CHECK: map[0 := 0, 1 := 1, 2 := 4, 3 := 9]
// CHECK: true true
// CHECK: 012210
// CHECK: 134
// CHECK: 'b' 97 'b' 3.0 3
