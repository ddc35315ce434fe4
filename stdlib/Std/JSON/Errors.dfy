// Std.JSON.Errors: what serialization and deserialization can fail with, and the messages
// (ToString) Dafny 4.11 gives for each (stdlib/README.md, "Std.JSON").
module Std.JSON.Errors {
  import Wrappers
  import Strings
  import opened BoundedInts

  datatype DeserializationError =
    | UnterminatedSequence
    | UnsupportedEscape(str: string)
    | EscapeAtEOS
    | EmptyNumber
    | ExpectingEOF
    | IntOverflow
    | ReachedEOF
    | ExpectingByte(expected: byte, b: opt_byte)
    | ExpectingAnyByte(expected_sq: seq<byte>, b: opt_byte)
    | InvalidUnicode(str: string)
  {
    function ToString(): string {
      match this
      case UnterminatedSequence => "Unterminated sequence"
      case UnsupportedEscape(str) => "Unsupported escape sequence: " + str
      case EscapeAtEOS => "Escape character at end of string"
      case EmptyNumber => "Number must contain at least one digit"
      case ExpectingEOF => "Expecting EOF"
      case IntOverflow => "Input length does not fit in a 32-bit counter"
      case ReachedEOF => "Reached EOF"
      case ExpectingByte(b0, b) =>
        "Expecting '" + [b0 as char] + "', read " + ByteName(b)
      case ExpectingAnyByte(bs0, b) =>
        "Expecting one of '" + BytesAsChars(bs0) + "', read " + ByteName(b)
      case InvalidUnicode(str) => if str == "" then "Invalid Unicode sequence" else str
    }
  }

  // How an error message shows the byte read: quoted, or EOF (also for the byte 0, as Dafny's).
  function ByteName(b: opt_byte): string {
    if b > 0 then "'" + [b as char] + "'" else "EOF"
  }

  // Each byte as the character of the same number.
  function BytesAsChars(bs: seq<byte>): (s: string)
    ensures |s| == |bs|
  {
    seq(|bs|, i requires 0 <= i < |bs| => bs[i] as char)
  }

  datatype SerializationError =
    | OutOfMemory
    | IntTooLarge(i: int)
    | StringTooLong(s: string)
    | InvalidUnicode
  {
    function ToString(): string {
      match this
      case OutOfMemory => "Out of memory"
      case IntTooLarge(i: int) => "Integer too large: " + Strings.OfInt(i)
      case StringTooLong(s: string) => "String too long: " + s
      case InvalidUnicode => "Invalid Unicode sequence"
    }
  }

  type SerializationResult<+T> = Wrappers.Result<T, SerializationError>
  type DeserializationResult<+T> = Wrappers.Result<T, DeserializationError>
}
