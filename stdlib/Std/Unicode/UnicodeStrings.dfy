// Std.Unicode.AbstractUnicodeStrings: Dafny's interface for converting between `string` and
// UTF-8 (`uint8`) and UTF-16 (`uint16`) code units. What `string` holds depends on Dafny's
// `--unicode-char` option, so a module refines this one per value of it; dfyc's chars are
// Unicode scalar values (`--unicode-char true`), and UnicodeStringsWithUnicodeChar is the one
// refinement. Code that should work with either can live in an abstract module that imports
// this one.
abstract module Std.Unicode.AbstractUnicodeStrings {
  import Seq = Collections.Seq
  import opened Wrappers
  import opened BoundedInts

  // The UTF-8 encoding of s, if s has one.
  function ToUTF8Checked(s: string): Option<seq<uint8>>

  // The bytes of an ASCII string.
  function ASCIIToUTF8(s: string): seq<uint8>
    requires forall i | 0 <= i < |s| :: 0 <= s[i] as int < 128
  {
    Seq.Map((c: char) requires 0 <= c as int < 128 => c as uint8, s)
  }

  // The string that bs encodes in UTF-8, or a message saying where it is not well-formed.
  function FromUTF8Checked(bs: seq<uint8>): Result<string, string>

  // The UTF-16 encoding of s, if s has one.
  function ToUTF16Checked(s: string): Option<seq<uint16>>

  // The UTF-16 code units of an ASCII string.
  function ASCIIToUTF16(s: string): seq<uint16>
    requires forall i | 0 <= i < |s| :: 0 <= s[i] as int < 128
  {
    Seq.Map((c: char) requires 0 <= c as int < 128 => c as uint16, s)
  }

  // The string that bs encodes in UTF-16, or a message saying where it is not well-formed.
  function FromUTF16Checked(bs: seq<uint16>): Result<string, string>
}
