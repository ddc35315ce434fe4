// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Multi-dimensional arrays.
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_multi_dimensional_arrays.dfy (it verifies there).
method Main() {
  var m := new int[3, 4];
  for i := 0 to 3 {
    for j := 0 to 4 {
      m[i, j] := i * 10 + j;
    }
  }
  print m.Length0, " ", m.Length1, " ", m[2, 3], " ", m[1, 0], "\n";
  var c := new char[2, 2, 2]((i, j, k) => if (i + j + k) % 2 == 0 then 'e' else 'o');
  print c[0, 0, 0], c[0, 0, 1], c[1, 1, 0], c[1, 1, 1], "\n";
  var total := 0;
  for i := 0 to m.Length0 {
    for j := 0 to m.Length1 {
      total := total + m[i, j];
    }
  }
  print total, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 3 4 23 10
// CHECK: 'e''o''e''o'
// CHECK: 138
