// Std.Base64: RFC 4648 base64 encoding of bytes, and decoding, with the proofs that each
// undoes the other. The names of Dafny's Std.Base64 that its export set gives a user
// (IsBase64Char, index, CharToIndex, IndexToChar, IsBase64String, IsUnpaddedBase64String,
// Is1Padding, Is2Padding, Encode, Decode, EncodeDecode, DecodeEncode), with the same contracts;
// and its bitvector API (EncodeBV, DecodeBV, EncodeDecodeBV, DecodeEncodeBV, on seq<bv8>, with
// UInt8sToBVs and BVsToUInt8s). index is a subset of int here (Dafny: bv6), so the arithmetic
// below is on integers: a block of three bytes is 24 bits, four 6-bit indices; the bv8 API
// converts to uint8 and back.
module Std.Base64 {
  import opened Wrappers
  import opened BoundedInts

  // A character of the base64 alphabet (not the padding '=').
  predicate IsBase64Char(c: char) {
    || 'A' <= c <= 'Z'
    || 'a' <= c <= 'z'
    || '0' <= c <= '9'
    || c == '+'
    || c == '/'
  }

  lemma Base64CharIs7Bit(c: char)
    requires IsBase64Char(c)
    ensures c < 128 as char
  {}

  // Whole blocks of four alphabet characters, no padding.
  predicate IsUnpaddedBase64String(s: string) {
    |s| % 4 == 0 && forall k :: k in s ==> IsBase64Char(k)
  }

  // The value of one base64 character: 6 bits.
  type index = i: int | 0 <= i < 64

  // The character for i: A-Z, a-z, 0-9, '+', '/'.
  function IndexToChar(i: index): (c: char)
    ensures IsBase64Char(c)
  {
    if i < 26 then ('A' as int + i) as char
    else if i < 52 then ('a' as int + (i - 26)) as char
    else if i < 62 then ('0' as int + (i - 52)) as char
    else if i == 62 then '+'
    else '/'
  }

  lemma IndexToCharIsBase64(i: index)
    ensures IsBase64Char(IndexToChar(i))
  {}

  // The index of the alphabet character c.
  function CharToIndex(c: char): (i: index)
    requires IsBase64Char(c)
  {
    if 'A' <= c <= 'Z' then c as int - 'A' as int
    else if 'a' <= c <= 'z' then c as int - 'a' as int + 26
    else if '0' <= c <= '9' then c as int - '0' as int + 52
    else if c == '+' then 62
    else 63
  }

  lemma CharToIndexToChar(c: char)
    requires IsBase64Char(c)
    ensures IndexToChar(CharToIndex(c)) == c
  {}

  lemma IndexToCharToIndex(i: index)
    ensures CharToIndex(IndexToChar(i)) == i
  {}

  // The last block holds two bytes: three characters, the third's low two bits zero, and '='.
  predicate Is1Padding(s: seq<char>) {
    && |s| == 4
    && IsBase64Char(s[0])
    && IsBase64Char(s[1])
    && IsBase64Char(s[2])
    && CharToIndex(s[2]) % 4 == 0
    && s[3] == '='
  }

  // The last block holds one byte: two characters, the second's low four bits zero, and "==".
  predicate Is2Padding(s: seq<char>) {
    && |s| == 4
    && IsBase64Char(s[0])
    && IsBase64Char(s[1])
    && CharToIndex(s[1]) % 16 == 0
    && s[2] == '='
    && s[3] == '='
  }

  // Unpadded blocks, then possibly one padded block.
  predicate IsBase64String(s: string) {
    && |s| % 4 == 0
    && (|| IsUnpaddedBase64String(s)
        || (&& IsUnpaddedBase64String(s[..|s| - 4])
            && (Is1Padding(s[|s| - 4..]) || Is2Padding(s[|s| - 4..]))))
  }

  // Blocks. Bytes a, b, c (8 bits each) are the indices a / 4, (a % 4) * 16 + b / 16,
  // (b % 16) * 4 + c / 64 and c % 64 (6 bits each), most significant bits first. Opaque: the
  // proofs about whole strings need only the block lemmas below, and the arithmetic of the
  // definitions, unfolded at each block, kept dfyc's verifier from proving them.

  opaque function EncodeBlock(a: uint8, b: uint8, c: uint8): (s: seq<char>)
    ensures |s| == 4
    ensures forall k | k in s :: IsBase64Char(k)
  {
    var x, y, z := a as int, b as int, c as int;
    [IndexToChar(x / 4), IndexToChar(x % 4 * 16 + y / 16), IndexToChar(y % 16 * 4 + z / 64),
     IndexToChar(z % 64)]
  }

  opaque function DecodeIndices(i: index, j: index, k: index, l: index): (b: seq<uint8>)
    ensures |b| == 3
  {
    [(i * 4 + j / 16) as uint8, (j % 16 * 16 + k / 4) as uint8, (k % 4 * 64 + l) as uint8]
  }

  // The three bytes of four alphabet characters.
  function DecodeBlock(s: seq<char>): (b: seq<uint8>)
    requires |s| == 4 && IsBase64Char(s[0]) && IsBase64Char(s[1])
    requires IsBase64Char(s[2]) && IsBase64Char(s[3])
    ensures |b| == 3
  {
    DecodeIndices(CharToIndex(s[0]), CharToIndex(s[1]), CharToIndex(s[2]), CharToIndex(s[3]))
  }

  // The arithmetic of a block: the four indices of three bytes give the bytes back.
  lemma BlockArithmetic(x: int, y: int, z: int)
    requires 0 <= x < 256 && 0 <= y < 256 && 0 <= z < 256
    ensures var i, j, k, l := x / 4, x % 4 * 16 + y / 16, y % 16 * 4 + z / 64, z % 64;
            && 0 <= i < 64 && 0 <= j < 64 && 0 <= k < 64 && 0 <= l < 64
            && i * 4 + j / 16 == x && j % 16 * 16 + k / 4 == y && k % 4 * 64 + l == z
  {
    var r0, q1, r1, q2 := x % 4, y / 16, y % 16, z / 64;
    assert x == x / 4 * 4 + r0 && y == q1 * 16 + r1 && z == q2 * 64 + z % 64;
    assert 0 <= q1 < 16 && 0 <= q2 < 4;
    assert (r0 * 16 + q1) / 16 == r0 && (r0 * 16 + q1) % 16 == q1;
    assert (r1 * 4 + q2) / 4 == r1 && (r1 * 4 + q2) % 4 == q2;
  }

  lemma DecodeEncodeBlock(a: uint8, b: uint8, c: uint8)
    ensures var s := EncodeBlock(a, b, c);
            IsBase64Char(s[0]) && IsBase64Char(s[1]) && IsBase64Char(s[2]) && IsBase64Char(s[3])
            && DecodeBlock(s) == [a, b, c]
  {
    reveal EncodeBlock();
    reveal DecodeIndices();
    var x, y, z := a as int, b as int, c as int;
    BlockArithmetic(x, y, z);
    IndexToCharToIndex(x / 4);
    IndexToCharToIndex(x % 4 * 16 + y / 16);
    IndexToCharToIndex(y % 16 * 4 + z / 64);
    IndexToCharToIndex(z % 64);
  }

  lemma EncodeDecodeBlock(s: seq<char>)
    requires |s| == 4 && IsBase64Char(s[0]) && IsBase64Char(s[1])
    requires IsBase64Char(s[2]) && IsBase64Char(s[3])
    ensures var b := DecodeBlock(s); EncodeBlock(b[0], b[1], b[2]) == s
  {
    reveal EncodeBlock();
    reveal DecodeIndices();
    var i, j, k, l := CharToIndex(s[0]), CharToIndex(s[1]), CharToIndex(s[2]), CharToIndex(s[3]);
    var b := DecodeBlock(s);
    assert b[0] as int / 4 == i && b[0] as int % 4 * 16 + b[1] as int / 16 == j;
    assert b[1] as int % 16 * 4 + b[2] as int / 64 == k && b[2] as int % 64 == l;
    CharToIndexToChar(s[0]);
    CharToIndexToChar(s[1]);
    CharToIndexToChar(s[2]);
    CharToIndexToChar(s[3]);
  }

  // Whole blocks.

  function EncodeUnpadded(b: seq<uint8>): (s: seq<char>)
    requires |b| % 3 == 0
    ensures |s| % 4 == 0
    decreases |b|
  {
    if b == [] then [] else EncodeBlock(b[0], b[1], b[2]) + EncodeUnpadded(b[3..])
  } by method {
    // A loop, so that long inputs do not overflow the stack.
    s := [];
    var i := 0;
    while i < |b|
      invariant 0 <= i <= |b| && i % 3 == 0
      invariant EncodeUnpadded(b) == s + EncodeUnpadded(b[i..])
      decreases |b| - i
    {
      assert b[i..][3..] == b[i + 3..];
      s := s + EncodeBlock(b[i], b[i + 1], b[i + 2]);
      i := i + 3;
    }
    assert b[i..] == [] && EncodeUnpadded([]) == [];
    assert s + [] == s;
    assert EncodeUnpadded(b) == s;
  }

  function DecodeUnpadded(s: seq<char>): (b: seq<uint8>)
    requires IsUnpaddedBase64String(s)
    ensures |b| % 3 == 0
    decreases |s|
  {
    if s == [] then []
    else
      assert s[0] in s && s[1] in s && s[2] in s && s[3] in s;
      assert forall k | k in s[4..] :: k in s;
      DecodeBlock(s[..4]) + DecodeUnpadded(s[4..])
  } by method {
    // A loop, so that long inputs do not overflow the stack.
    b := [];
    var i := 0;
    while i < |s|
      invariant 0 <= i <= |s| && i % 4 == 0
      invariant IsUnpaddedBase64String(s[i..])
      invariant DecodeUnpadded(s) == b + DecodeUnpadded(s[i..])
      decreases |s| - i
    {
      var rest := s[i..];
      assert rest[0] in rest && rest[1] in rest && rest[2] in rest && rest[3] in rest;
      assert rest[..4] == s[i..i + 4] && rest[4..] == s[i + 4..];
      assert forall k | k in s[i + 4..] :: k in rest;
      b := b + DecodeBlock(s[i..i + 4]);
      i := i + 4;
    }
    assert s[i..] == [] && DecodeUnpadded([]) == [];
    assert b + [] == b;
    assert DecodeUnpadded(s) == b;
  }

  lemma EncodeUnpaddedIsBase64(b: seq<uint8>)
    requires |b| % 3 == 0
    ensures IsUnpaddedBase64String(EncodeUnpadded(b))
    decreases |b|
  {
    var s := EncodeUnpadded(b);
    if b != [] {
      EncodeUnpaddedIsBase64(b[3..]);
      var head, tail := EncodeBlock(b[0], b[1], b[2]), EncodeUnpadded(b[3..]);
      assert s == head + tail;
      forall k | k in s
        ensures IsBase64Char(k)
      {
        if k !in head {
          assert k in tail;
        }
      }
    }
  }

  lemma DecodeEncodeUnpadded(b: seq<uint8>)
    requires |b| % 3 == 0
    ensures (EncodeUnpaddedIsBase64(b); DecodeUnpadded(EncodeUnpadded(b)) == b)
    decreases |b|
  {
    EncodeUnpaddedIsBase64(b);
    if b != [] {
      var s := EncodeUnpadded(b);
      var head := EncodeBlock(b[0], b[1], b[2]);
      assert s[..4] == head && s[4..] == EncodeUnpadded(b[3..]);
      DecodeEncodeBlock(b[0], b[1], b[2]);
      DecodeEncodeUnpadded(b[3..]);
      assert b == b[..3] + b[3..];
    }
  }

  lemma EncodeDecodeUnpadded(s: seq<char>)
    requires IsUnpaddedBase64String(s)
    ensures EncodeUnpadded(DecodeUnpadded(s)) == s
    decreases |s|
  {
    if s != [] {
      assert s[0] in s && s[1] in s && s[2] in s && s[3] in s;
      assert forall k | k in s[4..] :: k in s;
      var b := DecodeUnpadded(s);
      var head := DecodeBlock(s[..4]);
      assert b == head + DecodeUnpadded(s[4..]);
      assert b[3..] == DecodeUnpadded(s[4..]);
      EncodeDecodeBlock(s[..4]);
      EncodeDecodeUnpadded(s[4..]);
      assert s == s[..4] + s[4..];
    }
  }

  // The padded last block.

  function Encode1Padding(a: uint8, b: uint8): (s: seq<char>)
    ensures Is1Padding(s)
  {
    reveal EncodeBlock();
    var block := EncodeBlock(a, b, 0);
    DecodeEncodeBlock(a, b, 0);
    IndexToCharToIndex(b as int % 16 * 4);
    [block[0], block[1], block[2], '=']
  }

  function Encode2Padding(a: uint8): (s: seq<char>)
    ensures Is2Padding(s)
  {
    reveal EncodeBlock();
    var block := EncodeBlock(a, 0, 0);
    DecodeEncodeBlock(a, 0, 0);
    IndexToCharToIndex(a as int % 4 * 16);
    [block[0], block[1], '=', '=']
  }

  function Decode1Padding(s: seq<char>): (b: seq<uint8>)
    requires Is1Padding(s)
    ensures |b| == 2
  {
    var d := DecodeIndices(CharToIndex(s[0]), CharToIndex(s[1]), CharToIndex(s[2]), 0);
    [d[0], d[1]]
  }

  function Decode2Padding(s: seq<char>): (b: seq<uint8>)
    requires Is2Padding(s)
    ensures |b| == 1
  {
    var d := DecodeIndices(CharToIndex(s[0]), CharToIndex(s[1]), 0, 0);
    [d[0]]
  }

  lemma DecodeEncode1Padding(a: uint8, b: uint8)
    ensures Decode1Padding(Encode1Padding(a, b)) == [a, b]
  {
    reveal EncodeBlock();
    IndexToCharToIndex(0);
    DecodeEncodeBlock(a, b, 0);
  }

  lemma DecodeEncode2Padding(a: uint8)
    ensures Decode2Padding(Encode2Padding(a)) == [a]
  {
    reveal EncodeBlock();
    IndexToCharToIndex(0);
    DecodeEncodeBlock(a, 0, 0);
  }

  lemma EncodeDecode1Padding(s: seq<char>)
    requires Is1Padding(s)
    ensures var b := Decode1Padding(s); Encode1Padding(b[0], b[1]) == s
  {
    var t := [s[0], s[1], s[2], 'A'];
    assert DecodeBlock(t)[..2] == Decode1Padding(s);
    reveal DecodeIndices();
    assert DecodeBlock(t)[2] == 0;
    EncodeDecodeBlock(t);
  }

  lemma EncodeDecode2Padding(s: seq<char>)
    requires Is2Padding(s)
    ensures var b := Decode2Padding(s); Encode2Padding(b[0]) == s
  {
    var t := [s[0], s[1], 'A', 'A'];
    assert DecodeBlock(t)[..1] == Decode2Padding(s);
    reveal DecodeIndices();
    assert DecodeBlock(t)[1] == 0 && DecodeBlock(t)[2] == 0;
    EncodeDecodeBlock(t);
  }

  // Strings and bytes.

  // The bytes of a base64 string.
  function DecodeValid(s: seq<char>): (b: seq<uint8>)
    requires IsBase64String(s)
  {
    if s == [] then []
    else
      var prefix, suffix := s[..|s| - 4], s[|s| - 4..];
      if Is1Padding(suffix) then DecodeUnpadded(prefix) + Decode1Padding(suffix)
      else if Is2Padding(suffix) then DecodeUnpadded(prefix) + Decode2Padding(suffix)
      else DecodeUnpadded(s)
  }

  // The base64 string of u: whole blocks, and a padded one for the last one or two bytes.
  function Encode(u: seq<uint8>): seq<char> {
    var n := |u|;
    if n % 3 == 0 then EncodeUnpadded(u)
    else if n % 3 == 1 then EncodeUnpadded(u[..n - 1]) + Encode2Padding(u[n - 1])
    else EncodeUnpadded(u[..n - 2]) + Encode1Padding(u[n - 2], u[n - 1])
  }

  // The bytes of s, or a failure if s is not a base64 string.
  function Decode(s: seq<char>): (b: Result<seq<uint8>, string>)
    ensures IsBase64String(s) ==> b.Success?
  {
    if IsBase64String(s) then Success(DecodeValid(s)) else Failure("The encoding is malformed")
  }

  // A padded block is not an unpadded one: '=' is not in the alphabet.
  lemma PaddedIsNotUnpadded(s: seq<char>)
    requires Is1Padding(s) || Is2Padding(s)
    ensures !IsUnpaddedBase64String(s)
  {
    assert s[3] in s;
  }

  lemma EncodeIsBase64(u: seq<uint8>)
    ensures IsBase64String(Encode(u))
    ensures |Encode(u)| % 4 == 0
  {
    var n := |u|;
    var s := Encode(u);
    if n % 3 == 0 {
      EncodeUnpaddedIsBase64(u);
    } else if n % 3 == 1 {
      EncodeUnpaddedIsBase64(u[..n - 1]);
      assert s[..|s| - 4] == EncodeUnpadded(u[..n - 1]);
      assert s[|s| - 4..] == Encode2Padding(u[n - 1]);
    } else {
      EncodeUnpaddedIsBase64(u[..n - 2]);
      assert s[..|s| - 4] == EncodeUnpadded(u[..n - 2]);
      assert s[|s| - 4..] == Encode1Padding(u[n - 2], u[n - 1]);
    }
  }

  lemma EncodeDecode(b: seq<uint8>)
    ensures Decode(Encode(b)) == Success(b)
  {
    var n := |b|;
    var s := Encode(b);
    EncodeIsBase64(b);
    if n % 3 == 0 {
      DecodeEncodeUnpadded(b);
      if s != [] {
        var suffix := s[|s| - 4..];
        EncodeUnpaddedIsBase64(b);
        assert forall k | k in suffix :: k in s;
        assert suffix[3] in suffix;
        assert !Is1Padding(suffix) && !Is2Padding(suffix);
      }
    } else if n % 3 == 1 {
      var prefix, suffix := s[..|s| - 4], s[|s| - 4..];
      assert prefix == EncodeUnpadded(b[..n - 1]) && suffix == Encode2Padding(b[n - 1]);
      assert !Is1Padding(suffix);
      DecodeEncodeUnpadded(b[..n - 1]);
      DecodeEncode2Padding(b[n - 1]);
      assert b == b[..n - 1] + [b[n - 1]];
    } else {
      var prefix, suffix := s[..|s| - 4], s[|s| - 4..];
      assert prefix == EncodeUnpadded(b[..n - 2]) && suffix == Encode1Padding(b[n - 2], b[n - 1]);
      DecodeEncodeUnpadded(b[..n - 2]);
      DecodeEncode1Padding(b[n - 2], b[n - 1]);
      assert b == b[..n - 2] + [b[n - 2], b[n - 1]];
    }
  }

  lemma DecodeEncode(s: seq<char>)
    requires IsBase64String(s)
    ensures Encode(Decode(s).value) == s
  {
    var b := DecodeValid(s);
    assert Decode(s).value == b;
    if s == [] {
    } else {
      var prefix, suffix := s[..|s| - 4], s[|s| - 4..];
      if Is1Padding(suffix) {
        PaddedIsNotUnpadded(suffix);
        var p := DecodeUnpadded(prefix);
        var d := Decode1Padding(suffix);
        assert b == p + d;
        assert |b| % 3 == 2;
        assert b[..|b| - 2] == p && b[|b| - 2] == d[0] && b[|b| - 1] == d[1];
        EncodeDecodeUnpadded(prefix);
        EncodeDecode1Padding(suffix);
        assert s == prefix + suffix;
      } else if Is2Padding(suffix) {
        PaddedIsNotUnpadded(suffix);
        var p := DecodeUnpadded(prefix);
        var d := Decode2Padding(suffix);
        assert b == p + d;
        assert |b| % 3 == 1;
        assert b[..|b| - 1] == p && b[|b| - 1] == d[0];
        EncodeDecodeUnpadded(prefix);
        EncodeDecode2Padding(suffix);
        assert s == prefix + suffix;
      } else {
        EncodeDecodeUnpadded(s);
      }
    }
  }

  // ---------------------------------------------------------------- The bv8 API

  // Bytes as bitvectors, and back (Dafny's names and contracts).
  function UInt8sToBVs(u: seq<uint8>): (r: seq<bv8>)
    ensures |r| == |u|
    ensures forall i :: 0 <= i < |u| ==> r[i] == u[i] as bv8
  {
    seq(|u|, i requires 0 <= i < |u| => u[i] as bv8)
  }

  function BVsToUInt8s(b: seq<bv8>): (r: seq<uint8>)
    ensures |r| == |b|
    ensures forall i :: 0 <= i < |b| ==> r[i] == b[i] as uint8
  {
    seq(|b|, i requires 0 <= i < |b| => b[i] as uint8)
  }

  lemma UInt8sToBVsToUInt8s(u: seq<uint8>)
    ensures BVsToUInt8s(UInt8sToBVs(u)) == u
  {
    var u' := BVsToUInt8s(UInt8sToBVs(u));
    assert forall i :: 0 <= i < |u| ==> u'[i] == u[i];
  }

  lemma BVsToUInt8sToBVs(b: seq<bv8>)
    ensures UInt8sToBVs(BVsToUInt8s(b)) == b
  {
    var b' := UInt8sToBVs(BVsToUInt8s(b));
    assert forall i :: 0 <= i < |b| ==> b'[i] == b[i];
  }

  // The base64 encoding of bitvector bytes: that of the same bytes as uint8 values.
  function EncodeBV(b: seq<bv8>): (s: seq<char>)
  {
    Encode(BVsToUInt8s(b))
  }

  // The bytes of s as bitvectors, or a failure if s is not a base64 string.
  function DecodeBV(s: seq<char>): (b: Result<seq<bv8>, string>)
    ensures IsBase64String(s) ==> b.Success?
  {
    if IsBase64String(s) then Success(UInt8sToBVs(Decode(s).value))
    else Failure("The encoding is malformed")
  }

  lemma EncodeDecodeBV(b: seq<bv8>)
    ensures DecodeBV(EncodeBV(b)) == Success(b)
  {
    var u := BVsToUInt8s(b);
    EncodeDecode(u);
    assert IsBase64String(Encode(u));
    BVsToUInt8sToBVs(b);
  }

  lemma DecodeEncodeBV(s: seq<char>)
    requires IsBase64String(s)
    ensures EncodeBV(DecodeBV(s).value) == s
  {
    var u := Decode(s).value;
    UInt8sToBVsToUInt8s(u);
    DecodeEncode(s);
  }
}
