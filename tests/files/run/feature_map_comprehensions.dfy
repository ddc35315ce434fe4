// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Map comprehensions; m.Items when m is a map.
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_map_comprehensions.dfy (it verifies there).
method Main() {
  var squares := map x | 0 <= x < 5 :: x * x;
  print squares, "\n";
  var inverse := map k | k in squares :: squares[k] := k;
  print inverse, "\n";
  var names := map["a" := 1, "b" := 2, "c" := 3];
  var evens := map k | k in names && names[k] % 2 == 1 :: names[k] * 100;
  print evens, "\n";
  print squares.Keys, " ", squares.Values, "\n";
  print squares.Items, "\n";
  print |squares|, " ", 3 in squares, " ", squares - {0, 1}, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: map[0 := 0, 1 := 1, 2 := 4, 3 := 9, 4 := 16]
// CHECK: map[0 := 0, 1 := 1, 4 := 2, 9 := 3, 16 := 4]
// CHECK: map[['a'] := 100, ['c'] := 300]
// CHECK: {0, 1, 2, 3, 4} {0, 1, 4, 9, 16}
// CHECK: {(0, 0), (1, 1), (2, 4), (3, 9), (4, 16)}
// CHECK: 5 true map[2 := 4, 3 := 9, 4 := 16]
