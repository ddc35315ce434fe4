// RUN: run --no-verify --allow-warnings --show-snippets false
predicate Sorted(s: seq<int>) {
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}
method Shadow(n: int) returns (r: int) {
  var n := n + 1;
  r := n * 2;
}
datatype Box = Box(f: int -> int, v: int)
method Main() {
  print Sorted([1, 2, 2, 5]), " ", Sorted([3, 1]), "\n";
  var r := Shadow(4);
  print r, "\n";
  var b := Box(x => x + 1, 3);
  print b.f(b.v), "\n";
  var pairs := set i, j | 0 <= i < j < 4 :: (i, j);
  print |pairs|, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: true false
// CHECK: 10
// CHECK: 4
// CHECK: 6
