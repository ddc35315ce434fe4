// RUN: verify --show-snippets false --allow-warnings
// A program over bytes: newtypes, subset types of ints, sequences, reals and chars, datatypes
// with newtype fields, consts, conversions. Expected output recorded from Dafny 4.11.
newtype uint8 = x: int | 0 <= x < 256
newtype uint32 = x: int | 0 <= x < 0x1_0000_0000
type byte = uint8
type Pos = x: int | x > 0 witness 1
type Index = i: nat | i < 100
type Bytes = s: seq<uint8> | |s| < 0x1_0000
newtype Prob = r: real | 0.0 <= r <= 1.0
type Lower = c: char | 'a' <= c <= 'z' witness 'a'
datatype Frame = Frame(seq_no: uint32, data: Bytes, last: bool)
const MAX: uint8 := 255
const LIMIT: nat := 100

function Sum(s: seq<uint8>): int {
  if |s| == 0 then 0 else s[0] as int + Sum(s[1..])
}

lemma SumBound(s: seq<uint8>)
  ensures 0 <= Sum(s) <= 255 * |s|
{
  if |s| > 0 { SumBound(s[1..]); }
}

function Add(a: uint8, b: uint8): uint8
  requires a as int + b as int < 256
{
  a + b
}

method Count(s: seq<uint8>, v: uint8) returns (n: nat)
  ensures n <= |s|
{
  n := 0;
  var i: nat := 0;
  while i < |s|
    invariant i <= |s| && n <= i
  {
    if s[i] == v { n := n + 1; }
    i := i + 1;
  }
}

method Fill(a: array<uint8>, v: uint8)
  modifies a
  ensures forall k :: 0 <= k < a.Length ==> a[k] == v
{
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant forall k :: 0 <= k < i ==> a[k] == v
  {
    a[i] := v;
    i := i + 1;
  }
}

function Half(p: Prob): Prob { p / 2.0 }

method Next(f: Frame) returns (g: Frame)
  requires f.seq_no < 0xFFFF_FFFF
  ensures g.seq_no as int == f.seq_no as int + 1
{
  g := f.(seq_no := f.seq_no + 1);
}

method Conv(x: int) returns (b: uint8)
  requires 0 <= x
{
  b := (x % 256) as uint8;
  assert b as int < 256;
  var p: Pos := x + 1;
  var idx: Index := if x < 100 then x else 99;
  var l: Lower := 'q';
  assert forall y: uint8 :: y as int <= MAX as int;
}

method Enc(n: uint32) returns (s: seq<uint8>)
  ensures |s| == 4
{
  s := [(n / 0x100_0000) as uint8, ((n / 0x1_0000) % 0x100) as uint8,
        ((n / 0x100) % 0x100) as uint8, (n % 0x100) as uint8];
}

// CHECK-EXIT: 4
// CHECK: newtype_program.dfy(76,9): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: newtype_program.dfy(59,35): Error: result of operation might violate newtype constraint for 'Prob'
// CHECK:
// CHECK: Dafny program verifier finished with 19 verified, 1 error
