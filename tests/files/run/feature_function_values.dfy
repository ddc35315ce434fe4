// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Function values.
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_function_values.dfy (it verifies there).
function Twice(f: int -> int): int -> int { x => f(f(x)) }

function Add(a: int, b: int): int { a + b }

method Apply(fs: seq<int -> int>, x: int) returns (r: seq<int>)
{
  r := [];
  for i := 0 to |fs| {
    r := r + [fs[i](x)];
  }
}

method Main() {
  var inc := x => x + 1;
  var sq := (x: int) => x * x;
  var twice_inc := Twice(inc);
  var twice_sq := Twice(sq);
  print twice_inc(5), " ", twice_sq(3), " ", Twice(inc)(5), "\n";
  var add := Add;
  print add(2, 3), "\n";
  var k := 10;
  var addk := x => x + k;
  var r := Apply([inc, sq, addk, Twice(addk)], 4);
  print r, "\n";
  var m := map[1 := inc, 2 := sq];
  print m[2](7), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 7 81 7
// CHECK: 5
// CHECK: [5, 16, 14, 24]
// CHECK: 49
