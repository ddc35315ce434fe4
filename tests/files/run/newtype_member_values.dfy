// RUN: run --no-verify
// Members of newtypes as function values (`x.Twice` is a lambda that calls NT::Twice(x, ..)
// with x computed when the value is made), and `as` between char and real. Found by Dafny's
// comp/Calls.dfy and comp/UnicodeStrings.dfy. Expected output recorded from Dafny 4.11
// (`dafny run`).
newtype NT = x | 0 <= x < 1000 {
  function Twice(): int { this as int * 2 }
  function Add(k: int): int { this as int + k }
  function Compose(): int -> int { Add }
  static function Zero(): int { 0 }
}

newtype Big = int {
  function Neg(): Big { -this }
}

method Main() {
  var n: NT := 21;
  var f: () -> int := n.Twice;
  var g: int -> int := n.Add;
  n := 5;
  print f(), " ", g(100), " ", n.Compose()(1), " ", (NT.Zero)(), "\n";
  var fs: seq<NT -> int> := [(x: NT) => x.Twice()];
  var b: Big := 7;
  var h := b.Neg;
  print fs[0](4), " ", h(), "\n";
  var c := 'A';
  var r := c as real;
  print r, " ", (r + 1.0) as char, " ", (98.0 as char), " ", '\U{263A}' as real, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 42 121 6 0
// CHECK: 8 -7
// CHECK: 65.0 'B' 'b' 9786.0
