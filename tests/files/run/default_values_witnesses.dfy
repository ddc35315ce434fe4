// RUN: run --no-verify
// Default values as Dafny's compilers give them: a subset type or newtype with a compiled
// witness starts at its witness (a local, array elements, a datatype field default), also
// through a subset type of it, and a native newtype's witness is of its native type; consts of
// datatypes and newtypes declared without a value are their type's default value. Expected
// output checked against Dafny 4.11 (`dafny run --no-verify`).
type Pos = x: int | x > 0 witness 7
type Big = p: Pos | p > 5
type Neg = x: int | x < 0 witness -3
type Letter = c: char | 'a' <= c <= 'z' witness 'q'
type Half = r: real | r > 0.0 witness 0.5
type Word = s: string | |s| > 0 witness "w"
type Yes = b: bool | b witness true
newtype Small = x: int | 10 <= x < 20 witness 12
newtype Wide = x: int | x > 1000 witness 1001
datatype Color = Red | Green
datatype D = A | B(n: int) {
  const k: int
  const p: Pos
  const c: Color
  const s: string
  const q: (int, bool)
  function Get(): int { k + 1 }
}
newtype N = x: int | 0 <= x < 1000 {
  const m: int
  const w: Pos
  const name: string
}
method Main() {
  var p: Pos;
  var b: Big;
  var n: Neg;
  var l: Letter;
  var h: Half;
  var w: Word;
  var y: Yes;
  var s: Small;
  var wd: Wide;
  print p, " ", b, " ", n, " ", l, " ", h, " ", w, " ", y, " ", s, " ", wd, "\n";
  var a := new Pos[2];
  var sa := new Small[2];
  print a[..], " ", sa[..], "\n";
  var d := B(3);
  print d.k, " ", d.p, " ", d.c, " ", d.s, "|", d.q, " ", d.Get(), "\n";
  var nn: N := 5;
  print nn.m, " ", nn.w, " ", nn.name, "|\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 7 7 -3 'q' 0.5 w true 12 1001
// CHECK: [7, 7] [12, 12]
// CHECK: 0 7 Color.Red |(0, false) 1
// CHECK: 0 7 |
