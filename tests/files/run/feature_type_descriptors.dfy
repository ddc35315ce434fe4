// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Runtime type descriptors (default values of type parameters).
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_type_descriptors.dfy (it verifies there).
method Default<T(0)>() returns (x: T)
{
  x := *;
}

class Box<T(0)> {
  var value: T
  constructor () { }
}

method Main() {
  var i: int := Default<int>();
  var b: bool := Default<bool>();
  var s: seq<int> := Default<seq<int>>();
  var c: char := Default<char>();
  var r: real := Default<real>();
  print i, " ", b, " ", s, " ", c == 'D', " ", r, "\n";
  var box := new Box<string>();
  print box.value, "|", |box.value|, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 0 false [] true 0.0
// CHECK: |0
