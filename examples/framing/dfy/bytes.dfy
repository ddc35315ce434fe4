// Bytes and the big-endian encoding of 32-bit unsigned integers that the message format uses.
module Bytes {
  // A byte. dfyc compiles seq<uint8> to dfy::Bytes (a std::uint8_t sequence), which the C++
  // side of the {:extern}s reads and writes in place.
  newtype uint8 = x: int | 0 <= x < 256

  type bytes = seq<uint8>

  // 2^32: sequence numbers and frame lengths are below it.
  const UINT32_LIMIT: int := 0x1_0000_0000

  predicate IsUInt32(n: int) {
    0 <= n < UINT32_LIMIT
  }

  // n as four bytes, most significant first.
  function UInt32ToBytes(n: int): (b: bytes)
    requires IsUInt32(n)
    ensures |b| == 4
  {
    [(n / 0x100_0000) as uint8, (n / 0x1_0000 % 0x100) as uint8,
     (n / 0x100 % 0x100) as uint8, (n % 0x100) as uint8]
  }

  // The integer that four bytes encode, most significant first.
  function BytesToUInt32(b: bytes): (n: int)
    requires |b| == 4
    ensures IsUInt32(n)
  {
    b[0] as int * 0x100_0000 + b[1] as int * 0x1_0000 + b[2] as int * 0x100 + b[3] as int
  }

  lemma UInt32RoundTrip(n: int)
    requires IsUInt32(n)
    ensures BytesToUInt32(UInt32ToBytes(n)) == n
  {
  }
}
