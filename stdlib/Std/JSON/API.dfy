// Std.JSON.API: Dafny 4.11's high-level JSON API (stdlib/README.md, "Std.JSON"): Serialize,
// SerializeAlloc and SerializeInto (JSON values to UTF-8 bytes), Deserialize (UTF-8 bytes to
// JSON values), with Dafny's signatures, results and errors. Dafny builds these on its
// zero-copy concrete syntax trees; ours serialize with Std.JSON.Spec's functions (so the
// serializers are proved to give the Spec's bytes) and deserialize with a parser of our own
// that accepts what Dafny's accepts and fails where and as it fails (the syntax first, then
// the strings' escapes and Unicode, in document order).
module Std.JSON.API {
  import Values
  import Spec
  import Strings
  import opened Wrappers
  import opened BoundedInts
  import opened Errors
  import opened Unicode.UnicodeStringsWithUnicodeChar

  /* Serialization (JSON values to UTF-8 bytes) */

  function Serialize(js: Values.JSON): (bs: SerializationResult<seq<byte>>)
    ensures bs.Success? ==> Spec.JSON(js) == bs
  {
    var r := Spec.JSON(js);
    // Dafny's serializer fails on a string whose escaped bytes, or an integer whose digits,
    // do not fit a 32-bit length; none does in an output that fits, so FirstError only runs
    // for outputs of 4 GiB and more.
    if r.Success? && |r.value| < TWO_TO_THE_32 then r
    else
      var e := FirstError(js);
      if e.Some? then Failure(e.value) else r
  }

  method SerializeAlloc(js: Values.JSON) returns (bs: SerializationResult<array<byte>>)
    ensures bs.Success? ==> fresh(bs.value)
    ensures bs.Success? ==> Spec.JSON(js) == Success(bs.value[..])
  {
    var r := Serialize(js);
    if r.Failure? {
      return Failure(r.error);
    }
    var v := r.value;
    // Dafny's writer counts in 32 bits and saturates at UINT32_MAX.
    if |v| >= UINT32_MAX as int {
      return Failure(OutOfMemory);
    }
    var a := new byte[|v|](i requires 0 <= i < |v| => v[i]);
    assert a[..] == v;
    return Success(a);
  }

  method SerializeInto(js: Values.JSON, bs: array<byte>) returns (len: SerializationResult<uint32>)
    modifies bs
    ensures len.Success? ==> len.value as int <= bs.Length
    ensures len.Success? ==> Spec.JSON(js) == Success(bs[..len.value])
    ensures len.Success? ==> bs[len.value..] == old(bs[len.value..])
    ensures len.Failure? ==> unchanged(bs)
  {
    var r := Serialize(js);
    if r.Failure? {
      return Failure(r.error);
    }
    var v := r.value;
    if |v| >= UINT32_MAX as int || |v| > bs.Length {
      return Failure(OutOfMemory);
    }
    forall i | 0 <= i < |v| {
      bs[i] := v[i];
    }
    assert bs[..|v|] == v;
    return Success(|v| as uint32);
  }

  // The first failure Dafny's serializer meets, in document order: a string Spec cannot
  // escape or whose escaped bytes need more than 32 bits of length, an integer (n or e10)
  // with as many digits.
  function FirstError(js: Values.JSON): Option<SerializationError> {
    match js
    case Null => None
    case Bool(_) => None
    case String(str) => StringError(str)
    case Number(dec) =>
      var n := if dec.n < 0 then -dec.n else dec.n;
      var e := if dec.e10 < 0 then -dec.e10 else dec.e10;
      if |Strings.OfInt(n)| >= TWO_TO_THE_32 then Some(IntTooLarge(n))
      else if dec.e10 != 0 && |Strings.OfInt(e)| >= TWO_TO_THE_32 then Some(IntTooLarge(e))
      else None
    case Object(obj) =>
      FirstOf(seq(|obj|, i requires 0 <= i < |obj| =>
                    var k := StringError(obj[i].0);
                    if k.Some? then k else FirstError(obj[i].1)))
    case Array(arr) =>
      FirstOf(seq(|arr|, i requires 0 <= i < |arr| => FirstError(arr[i])))
  }

  function StringError(str: string): Option<SerializationError> {
    var bs := Spec.EscapeToUTF8(str);
    if bs.Failure? then Some(bs.error)
    else if |bs.value| >= TWO_TO_THE_32 then Some(StringTooLong(str))
    else None
  }

  function FirstOf<E>(errors: seq<Option<E>>): Option<E> {
    if |errors| == 0 then None
    else if errors[0].Some? then errors[0]
    else FirstOf(errors[1..])
  }

  /* Deserialization (UTF-8 bytes to JSON values) */

  function Deserialize(bs: seq<byte>): (js: DeserializationResult<Values.JSON>) {
    if |bs| >= TWO_TO_THE_32 then Failure(IntOverflow)
    else
      var v := Value(bs, SkipBlanks(bs, 0));
      if v.Failure? then Failure(v.error)
      else if SkipBlanks(bs, v.value.next) != |bs| then Failure(ExpectingEOF)
      else if v.value.deferred.Some? then Failure(v.value.deferred.value)
      else Success(v.value.value)
  }

  // A parsed value, the position after it, and the first error met converting its strings
  // (reported only once the whole text parsed, as Dafny's deserializer converts strings after
  // parsing).
  datatype Parsed<T> = Parsed(value: T, next: nat, deferred: Option<DeserializationError>)

  type Parse<T> = DeserializationResult<Parsed<T>>

  function First(a: Option<DeserializationError>, b: Option<DeserializationError>): Option<DeserializationError> {
    if a.Some? then a else b
  }

  predicate Blank(b: byte) {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
  }

  function SkipBlanks(bs: seq<byte>, pos: nat): (p: nat)
    requires pos <= |bs|
    ensures pos <= p <= |bs|
    decreases |bs| - pos
  {
    if pos < |bs| && Blank(bs[pos]) then SkipBlanks(bs, pos + 1) else pos
  }

  // The byte at pos, or -1 at the end.
  function Peek(bs: seq<byte>, pos: nat): opt_byte {
    if pos < |bs| then bs[pos] as opt_byte else -1
  }

  // The value that starts at pos.
  function Value(bs: seq<byte>, pos: nat): (r: Parse<Values.JSON>)
    requires pos <= |bs|
    ensures r.Success? ==> pos < r.value.next <= |bs|
    decreases |bs| - pos, 0
  {
    var c := Peek(bs, pos);
    if c == '{' as opt_byte then
      var p := SkipBlanks(bs, pos + 1);
      if Peek(bs, p) == '}' as opt_byte then
        Success(Parsed(Values.Object([]), SkipBlanks(bs, p + 1), None))
      else
        var r := Members(bs, p, [], None);
        if r.Failure? then Failure(r.error)
        else Success(Parsed(Values.Object(r.value.value), r.value.next, r.value.deferred))
    else if c == '[' as opt_byte then
      var p := SkipBlanks(bs, pos + 1);
      if Peek(bs, p) == ']' as opt_byte then
        Success(Parsed(Values.Array([]), SkipBlanks(bs, p + 1), None))
      else
        var r := Items(bs, p, [], None);
        if r.Failure? then Failure(r.error)
        else Success(Parsed(Values.Array(r.value.value), r.value.next, r.value.deferred))
    else if c == '"' as opt_byte then
      var r := String(bs, pos);
      if r.Failure? then Failure(r.error)
      else Success(Parsed(Values.String(r.value.value), r.value.next, r.value.deferred))
    else if c == 't' as opt_byte then
      var r := Constant(bs, pos, [0x74, 0x72, 0x75, 0x65]);
      if r.Failure? then Failure(r.error) else Success(Parsed(Values.Bool(true), r.value, None))
    else if c == 'f' as opt_byte then
      var r := Constant(bs, pos, [0x66, 0x61, 0x6C, 0x73, 0x65]);
      if r.Failure? then Failure(r.error) else Success(Parsed(Values.Bool(false), r.value, None))
    else if c == 'n' as opt_byte then
      var r := Constant(bs, pos, [0x6E, 0x75, 0x6C, 0x6C]);
      if r.Failure? then Failure(r.error) else Success(Parsed(Values.Null, r.value, None))
    else
      var r := Number(bs, pos);
      if r.Failure? then Failure(r.error)
      else Success(Parsed(Values.Number(r.value.0), r.value.1, None))
  }

  // After an item or member: the end of the text, or blanks, a separator and blanks. Gives
  // the position after them, or Dafny's error for a byte that is neither ',' nor close.
  function Separator(bs: seq<byte>, pos: nat, close: byte): (r: DeserializationResult<(bool, nat)>)
    requires pos <= |bs|
    ensures r.Success? ==> pos < r.value.1 <= |bs|
  {
    if pos == |bs| then Failure(ReachedEOF)
    else
      var p := SkipBlanks(bs, pos);
      var s0 := Peek(bs, p);
      var q := SkipBlanks(bs, if p < |bs| then p + 1 else p);
      if s0 == ',' as opt_byte then Success((true, q))
      else if s0 == close as opt_byte then Success((false, q))
      else Failure(ExpectingAnyByte([close, ',' as byte], s0))
  }

  // The items of an array from pos (after '[' and blanks), then those of acc.
  function Items(bs: seq<byte>, pos: nat, acc: seq<Values.JSON>, deferred: Option<DeserializationError>)
    : (r: Parse<seq<Values.JSON>>)
    requires pos <= |bs|
    ensures r.Success? ==> pos < r.value.next <= |bs|
    decreases |bs| - pos, 1
  {
    var v := Value(bs, pos);
    if v.Failure? then Failure(v.error)
    else
      var d := First(deferred, v.value.deferred);
      var s := Separator(bs, v.value.next, ']' as byte);
      if s.Failure? then Failure(s.error)
      else if s.value.0 then Items(bs, s.value.1, acc + [v.value.value], d)
      else Success(Parsed(acc + [v.value.value], s.value.1, d))
  }

  // The members of an object from pos (after '{' and blanks), then those of acc.
  function Members(bs: seq<byte>, pos: nat, acc: seq<(string, Values.JSON)>, deferred: Option<DeserializationError>)
    : (r: Parse<seq<(string, Values.JSON)>>)
    requires pos <= |bs|
    ensures r.Success? ==> pos < r.value.next <= |bs|
    decreases |bs| - pos, 1
  {
    if Peek(bs, pos) != '"' as opt_byte then Failure(ExpectingByte('"' as byte, Peek(bs, pos)))
    else
      var k := String(bs, pos);
      if k.Failure? then Failure(k.error)
      else
        var c := SkipBlanks(bs, k.value.next);
        if Peek(bs, c) != ':' as opt_byte then Failure(ExpectingByte(':' as byte, Peek(bs, c)))
        else
          var v := Value(bs, SkipBlanks(bs, c + 1));
          if v.Failure? then Failure(v.error)
          else
            var d := First(First(deferred, k.value.deferred), v.value.deferred);
            var s := Separator(bs, v.value.next, '}' as byte);
            var member := (k.value.value, v.value.value);
            if s.Failure? then Failure(s.error)
            else if s.value.0 then Members(bs, s.value.1, acc + [member], d)
            else Success(Parsed(acc + [member], s.value.1, d))
  }

  // The bytes of expected from pos on, or Dafny's error for the first that differs.
  function Constant(bs: seq<byte>, pos: nat, expected: seq<byte>, k: nat := 0): (r: DeserializationResult<nat>)
    requires pos + k <= |bs| && k <= |expected|
    ensures r.Success? ==> r.value == pos + |expected| <= |bs|
    decreases |expected| - k
  {
    if k == |expected| then Success(pos + k)
    else if pos + k < |bs| && bs[pos + k] == expected[k] then Constant(bs, pos, expected, k + 1)
    else Failure(ExpectingByte(expected[k], Peek(bs, pos + k)))
  }

  /* Strings */

  // The string whose opening quote is at pos: its contents run to the first quote not
  // escaped by a backslash (Dafny's lexer); then decoded and unescaped as Dafny's
  // deserializer does, whose errors are deferred.
  function String(bs: seq<byte>, pos: nat): (r: Parse<string>)
    requires pos < |bs|
    ensures r.Success? ==> pos < r.value.next <= |bs|
  {
    var end := StringEnd(bs, pos + 1, false);
    if end.None? then Failure(ReachedEOF)
    else
      var s := DecodeString(bs[pos + 1..end.value]);
      if s.Failure? then Success(Parsed("", end.value + 1, Some(s.error)))
      else Success(Parsed(s.value, end.value + 1, None))
  }

  // The position of the first '"' from pos that no backslash escapes.
  function StringEnd(bs: seq<byte>, pos: nat, escaped: bool): (r: Option<nat>)
    requires pos <= |bs|
    ensures r.Some? ==> pos <= r.value < |bs|
    decreases |bs| - pos
  {
    if pos == |bs| then None
    else if bs[pos] == '"' as byte && !escaped then Some(pos)
    else StringEnd(bs, pos + 1, if bs[pos] == '\\' as byte then !escaped else false)
  }

  // A string's contents (between the quotes) as Dafny's deserializer reads them: UTF-8 to
  // UTF-16, the escapes replaced by the code units they stand for, UTF-16 to a string.
  function DecodeString(contents: seq<byte>): DeserializationResult<string> {
    var asUtf32 := FromUTF8Checked(contents);
    if asUtf32.Failure? then Failure(DeserializationError.InvalidUnicode(asUtf32.error))
    else
      var asUint16 := ToUTF16Checked(asUtf32.value);
      if asUint16.None? then Failure(DeserializationError.InvalidUnicode(""))
      else
        var unescaped := Unescape(asUint16.value);
        if unescaped.Failure? then Failure(unescaped.error)
        else
          var s := FromUTF16Checked(unescaped.value);
          if s.Failure? then Failure(DeserializationError.InvalidUnicode(s.error))
          else Success(s.value)
  }

  function UnsupportedEscape16(code: seq<uint16>): DeserializationError {
    UnsupportedEscape(FromUTF16Checked(code).ToOption().GetOr("Couldn't decode UTF-16"))
  }

  // The value of a hexadecimal digit (either case), or -1.
  function HexValue(c: uint16): int {
    if 0x30 <= c <= 0x39 then c as int - 0x30
    else if 0x41 <= c <= 0x46 then c as int - 0x41 + 10
    else if 0x61 <= c <= 0x66 then c as int - 0x61 + 10
    else -1
  }

  // str[start..] unescaped, after prefix (Dafny's deserializer's Unescape).
  function Unescape(str: seq<uint16>, start: nat := 0, prefix: seq<uint16> := []): DeserializationResult<seq<uint16>>
    decreases |str| - start
  {
    if start >= |str| then Success(prefix)
    else if str[start] == '\\' as uint16 then
      if |str| == start + 1 then
        Failure(EscapeAtEOS)
      else
        var c := str[start + 1];
        if c == 'u' as uint16 then
          if |str| < start + 6 then
            Failure(EscapeAtEOS)
          else
            var code := str[start + 2..start + 6];
            var d0 := HexValue(code[0]);
            var d1 := HexValue(code[1]);
            var d2 := HexValue(code[2]);
            var d3 := HexValue(code[3]);
            if d0 < 0 || d1 < 0 || d2 < 0 || d3 < 0 then
              Failure(UnsupportedEscape16(code))
            else
              var hd := (((d0 * 16 + d1) * 16 + d2) * 16 + d3) as uint16;
              Unescape(str, start + 6, prefix + [hd])
        else
          var unescaped: uint16 := match c
            case 0x22 => 0x22 as uint16 // \" => quotation mark
            case 0x5C => 0x5C as uint16 // \\ => reverse solidus
            case 0x62 => 0x08 as uint16 // \b => backspace
            case 0x66 => 0x0C as uint16 // \f => form feed
            case 0x6E => 0x0A as uint16 // \n => line feed
            case 0x72 => 0x0D as uint16 // \r => carriage return
            case 0x74 => 0x09 as uint16 // \t => tab
            case _    => 0 as uint16;
          if unescaped as int == 0 then
            Failure(UnsupportedEscape16(str[start..start + 2]))
          else
            Unescape(str, start + 2, prefix + [unescaped])
    else
      Unescape(str, start + 1, prefix + [str[start]])
  }

  /* Numbers */

  predicate Digit(b: byte) {
    '0' as byte <= b <= '9' as byte
  }

  // The end of the digits from pos.
  function SkipDigits(bs: seq<byte>, pos: nat): (p: nat)
    requires pos <= |bs|
    ensures pos <= p <= |bs|
    decreases |bs| - pos
  {
    if pos < |bs| && Digit(bs[pos]) then SkipDigits(bs, pos + 1) else pos
  }

  // acc followed by the digits bs[from..to], as a number.
  function DigitsValue(bs: seq<byte>, from: nat, to: nat, acc: nat := 0): nat
    requires from <= to <= |bs|
    decreases (to as int) - (from as int)
  {
    if from == to then acc
    else
      var d := if Digit(bs[from]) then bs[from] as int - '0' as int else 0;
      DigitsValue(bs, from + 1, to, acc * 10 + d)
  }

  function Pow10(k: nat, acc: nat := 1): nat
    decreases k
  {
    if k == 0 then acc else Pow10(k - 1, acc * 10)
  }

  // The number at pos: an optional '-', '0' or digits, optionally '.' and digits, optionally
  // 'e' or 'E', an optional sign and digits (Dafny's grammar); n * 10^e10 as Dafny reads it
  // (the fraction's digits are appended to n, and e10 lowered by their count).
  function Number(bs: seq<byte>, pos: nat): (r: DeserializationResult<(Values.Decimal, nat)>)
    requires pos <= |bs|
    ensures r.Success? ==> pos < r.value.1 <= |bs|
  {
    var negative := Peek(bs, pos) == '-' as opt_byte;
    var p1 := if negative then pos + 1 else pos;
    var p2 := if Peek(bs, p1) == '0' as opt_byte then p1 + 1 else SkipDigits(bs, p1);
    if p2 == p1 then Failure(EmptyNumber)
    else
      var sign: int := if negative then -1 else 1;
      var n := sign * DigitsValue(bs, p1, p2);
      var hasFrac := Peek(bs, p2) == '.' as opt_byte;
      var p3 := if hasFrac then SkipDigits(bs, p2 + 1) else p2;
      if hasFrac && p3 == p2 + 1 then Failure(EmptyNumber)
      else
        var hasExp := Peek(bs, p3) == 'e' as opt_byte || Peek(bs, p3) == 'E' as opt_byte;
        var p4 := if hasExp then p3 + 1 else p3;
        var expNegative := hasExp && Peek(bs, p4) == '-' as opt_byte;
        var p5 := if hasExp && (expNegative || Peek(bs, p4) == '+' as opt_byte) then p4 + 1 else p4;
        var p6 := if hasExp then SkipDigits(bs, p5) else p5;
        if hasExp && p6 == p5 then Failure(EmptyNumber)
        else
          var e10: int := if !hasExp then 0 else if expNegative then -(DigitsValue(bs, p5, p6) as int) else DigitsValue(bs, p5, p6);
          if hasFrac then
            var digits := p3 - (p2 + 1);
            var frac := sign * DigitsValue(bs, p2 + 1, p3);
            Success((Values.Decimal(n * Pow10(digits) + frac, e10 - digits), p6))
          else
            Success((Values.Decimal(n, e10), p6))
  }
}
