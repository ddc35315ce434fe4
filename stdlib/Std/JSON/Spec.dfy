// Std.JSON.Spec: the bytes (UTF-8) a JSON value serializes to, Dafny 4.11's specification
// (stdlib/README.md, "Std.JSON"): no whitespace, strings escaped as Dafny escapes them
// (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, `\u00XX` below 0x1F), numbers as `n` or `ne10`.
// The definitions are ours and give the same bytes; Std.JSON.API's serializer is proved to
// produce them. Where a definition recurses once per character or item, the compiled
// function is a loop (`by method`).
module Std.JSON.Spec {
  import opened BoundedInts
  import Strings
  import opened Values
  import opened Wrappers
  import opened Errors
  import opened Unicode.UnicodeStringsWithUnicodeChar

  type Result<+T> = SerializationResult<T>

  // A hexadecimal digit (0..15), upper case as Dafny's, as a UTF-16 code unit.
  function HexDigit(d: nat): (c: uint16)
    requires d < 16
    ensures 0x30 <= c < 0x47
  {
    if d < 10 then (0x30 + d) as uint16 else (0x41 + d - 10) as uint16
  }

  // The four hexadecimal digits of c (Dafny: the hex digits of c, padded with 0s to four).
  function EscapeUnicode(c: uint16): (s: seq<uint16>)
    ensures |s| == 4
  {
    var n := c as nat;
    [HexDigit(n / 0x1000), HexDigit(n / 0x100 % 0x10), HexDigit(n / 0x10 % 0x10), HexDigit(n % 0x10)]
  }

  // How one UTF-16 code unit is written inside a JSON string.
  function EscapeCodeUnit(c: uint16): seq<uint16> {
    match c
    case 0x22 => ASCIIToUTF16("\\\"") // quotation mark
    case 0x5C => ASCIIToUTF16("\\\\") // reverse solidus
    case 0x08 => ASCIIToUTF16("\\b")  // backspace
    case 0x0C => ASCIIToUTF16("\\f")  // form feed
    case 0x0A => ASCIIToUTF16("\\n")  // line feed
    case 0x0D => ASCIIToUTF16("\\r")  // carriage return
    case 0x09 => ASCIIToUTF16("\\t")  // tab
    case _ =>
      // Dafny's bound: 0x1F itself is written as it is.
      if c < 0x001F then ASCIIToUTF16("\\u") + EscapeUnicode(c)
      else [c]
  }

  // The escaped code units of str[start..].
  function Escape(str: seq<uint16>, start: nat := 0): seq<uint16>
    decreases |str| - start
  {
    if start >= |str| then []
    else EscapeCodeUnit(str[start]) + Escape(str, start + 1)
  } by method {
    var acc: seq<uint16> := [];
    var i := start;
    while i < |str|
      invariant start <= i || |str| <= start
      invariant acc + Escape(str, i) == Escape(str, start)
      decreases |str| - i
    {
      acc := acc + EscapeCodeUnit(str[i]);
      i := i + 1;
    }
    return acc;
  }

  // str escaped, in UTF-8 (through UTF-16, as Dafny's; with Unicode characters it cannot fail).
  function EscapeToUTF8(str: string, start: nat := 0): Result<bytes> {
    var utf16 := ToUTF16Checked(str);
    if utf16.None? then Failure(SerializationError.InvalidUnicode)
    else
      var escaped := Escape(utf16.value);
      var utf32 := FromUTF16Checked(escaped);
      if utf32.Failure? then Failure(SerializationError.InvalidUnicode)
      else
        var utf8 := ToUTF8Checked(utf32.value);
        if utf8.None? then Failure(SerializationError.InvalidUnicode)
        else Success(utf8.value)
  }

  // A string value: escaped, between double quotes.
  function String(str: string): Result<bytes> {
    var inBytes := EscapeToUTF8(str);
    if inBytes.Failure? then Failure(inBytes.error)
    else Success(ASCIIToUTF8("\"") + inBytes.value + ASCIIToUTF8("\""))
  }

  // Decimal integers are ASCII.
  lemma OfIntOnlyASCII(n: int)
    ensures
      && var s := Strings.OfInt(n);
      && forall i | 0 <= i < |s| :: 0 <= s[i] as int < 128
  {
    var s := Strings.OfInt(n);
    assert Strings.DecimalConversion.IsNumberStr(s, '-');
    forall i | 0 <= i < |s| ensures 0 <= s[i] as int < 128 {
      if i > 0 {
        assert s[i] in s[1..];
      }
    }
  }

  function IntToBytes(n: int): bytes {
    var s := Strings.OfInt(n);
    OfIntOnlyASCII(n);
    ASCIIToUTF8(s)
  }

  // n, then e and e10 unless e10 is 0.
  function Number(dec: Decimal): Result<bytes> {
    Success(IntToBytes(dec.n) +
            (if dec.e10 == 0 then []
             else ASCIIToUTF8("e") + IntToBytes(dec.e10)))
  }

  function KeyValue(kv: (string, JSON)): Result<bytes> {
    var key := String(kv.0);
    if key.Failure? then Failure(key.error)
    else
      var value := JSON(kv.1);
      if value.Failure? then Failure(value.error)
      else Success(key.value + ASCIIToUTF8(":") + value.value)
  }

  // The items separated by sep, or the first item's failure.
  function Join(sep: bytes, items: seq<Result<bytes>>): Result<bytes> {
    if |items| == 0 then
      Success([])
    else
      var first := items[0];
      if first.Failure? then Failure(first.error)
      else if |items| == 1 then
        Success(first.value)
      else
        var rest := Join(sep, items[1..]);
        if rest.Failure? then Failure(rest.error)
        else Success(first.value + sep + rest.value)
  } by method {
    if |items| == 0 {
      return Success([]);
    }
    if items[0].Failure? {
      return Failure(items[0].error);
    }
    var acc := items[0].value;
    var i := 1;
    while i < |items|
      invariant 1 <= i <= |items|
      invariant Join(sep, items) == After(acc, sep, Join(sep, items[i..]), i == |items|)
      decreases |items| - i
    {
      ghost var tail := items[i..];
      assert tail[0] == items[i] && tail[1..] == items[i + 1..];
      if items[i].Failure? {
        return Failure(items[i].error);
      }
      assert Join(sep, tail) == After(items[i].value, sep, Join(sep, items[i + 1..]), i + 1 == |items|);
      ghost var acc0 := acc;
      acc := acc + sep + items[i].value;
      assert forall r: bytes :: acc0 + sep + (items[i].value + sep + r) == acc + sep + r;
      i := i + 1;
    }
    assert items[i..] == [];
    return Success(acc);
  }

  // The items before, joined into acc, then those of rest (a Join of the others; none if last).
  function After(acc: bytes, sep: bytes, rest: Result<bytes>, last: bool): Result<bytes> {
    if last then Success(acc)
    else if rest.Failure? then Failure(rest.error)
    else Success(acc + sep + rest.value)
  }

  function Object(obj: seq<(string, JSON)>): Result<bytes> {
    var middle := Join(ASCIIToUTF8(","), seq(|obj|, i requires 0 <= i < |obj| => KeyValue(obj[i])));
    if middle.Failure? then Failure(middle.error)
    else Success(ASCIIToUTF8("{") + middle.value + ASCIIToUTF8("}"))
  }

  function Array(arr: seq<JSON>): Result<bytes> {
    var middle := Join(ASCIIToUTF8(","), seq(|arr|, i requires 0 <= i < |arr| => JSON(arr[i])));
    if middle.Failure? then Failure(middle.error)
    else Success(ASCIIToUTF8("[") + middle.value + ASCIIToUTF8("]"))
  }

  function JSON(js: JSON): Result<bytes> {
    match js
    case Null => Success(ASCIIToUTF8("null"))
    case Bool(b) => Success(if b then ASCIIToUTF8("true") else ASCIIToUTF8("false"))
    case String(str) => String(str)
    case Number(dec) => Number(dec)
    case Object(obj) => Object(obj)
    case Array(arr) => Array(arr)
  }
}
