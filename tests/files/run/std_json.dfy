// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.JSON through --standard-libraries: API.Serialize (null, booleans, escapes, control
// characters, non-ASCII and astral characters, decimals, nesting, Dafny's own example),
// SerializeAlloc, SerializeInto (large enough and too small), API.Deserialize (whitespace,
// numbers with fractions and exponents, escapes and surrogate pairs) and its failures with
// Dafny's errors and messages (syntax first, then strings in document order), the errors'
// ToString, round trips. Expected output recorded from Dafny 4.11: `dafny run --no-verify
// --standard-libraries true` (C#, Dafny's own library).
module JsonExample {
  import API = Std.JSON.API
  import opened Std.JSON.Values
  import opened Std.JSON.Errors
  import opened Std.Wrappers
  import opened Std.BoundedInts
  import opened Std.Unicode.UnicodeStringsWithUnicodeChar

  function Show(js: JSON): string {
    match js
    case Null => "null"
    case Bool(b) => if b then "true" else "false"
    case String(s) => "<" + Visible(s) + ">"
    case Number(d) => "D(" + IntStr(d.n) + "," + IntStr(d.e10) + ")"
    case Object(obj) =>
      "{" + Join(seq(|obj|, i requires 0 <= i < |obj| => "<" + Visible(obj[i].0) + ">:" + Show(obj[i].1))) + "}"
    case Array(arr) => "[" + Join(seq(|arr|, i requires 0 <= i < |arr| => Show(arr[i]))) + "]"
  }

  // s with each control character c written ^ and the character c + 64 (^J for a newline).
  function Visible(s: string): string {
    if |s| == 0 then ""
    else (if s[0] < 32 as char then "^" + [(s[0] as int + 64) as char] else [s[0]]) + Visible(s[1..])
  }

  function Join(ss: seq<string>): string {
    if |ss| == 0 then "" else if |ss| == 1 then ss[0] else ss[0] + "," + Join(ss[1..])
  }

  function NatStr(n: nat): string {
    if n < 10 then [('0' as int + n) as char] else NatStr(n / 10) + NatStr(n % 10)
  }

  function IntStr(n: int): string {
    if n < 0 then "-" + NatStr(-n) else NatStr(n)
  }

  function Text(bs: seq<byte>): string {
    var s := FromUTF8Checked(bs);
    if s.Success? then Visible(s.value) else "<not UTF-8>"
  }

  method Ser(js: JSON) {
    var r := API.Serialize(js);
    if r.Success? {
      print "ser ", Show(js), " => ", Text(r.value), " (", |r.value|, " bytes)\n";
    } else {
      print "ser ", Show(js), " failed: ", r.error.ToString(), "\n";
    }
  }

  method De(s: string) {
    var bs := ToUTF8Checked(s).value;
    DeBytes(s, bs);
  }

  method DeBytes(name: string, bs: seq<byte>) {
    var r := API.Deserialize(bs);
    if r.Success? {
      print "de [", Visible(name), "] => ", Show(r.value), "\n";
    } else {
      print "de [", Visible(name), "] failed: ", r.error.ToString(), "\n";
    }
  }

  method Main() {
    Serializing();
    Deserializing();
    Failures();
    Messages();
    RoundTrips();
    Example();
  }

  method Serializing() {
    Ser(Null);
    Ser(Bool(true));
    Ser(Bool(false));
    Ser(String(""));
    Ser(String("plain"));
    Ser(String("q\"b\\s/n\nt\tr\rb" + [8 as char] + "f" + [12 as char]));
    Ser(String([1 as char, 0x1e as char, 0x1f as char, 0x7f as char]));
    Ser(String("caf\U{e9} \U{20ac} \U{1F600}"));
    Ser(Number(Int(0)));
    Ser(Number(Int(-12)));
    Ser(Number(Int(12345678901234567890)));
    Ser(Number(Decimal(45842, -1)));
    Ser(Number(Decimal(1, 5)));
    Ser(Number(Decimal(-3, -2)));
    Ser(Number(Decimal(0, 7)));
    Ser(Array([]));
    Ser(Object([]));
    Ser(Array([Null, Bool(true), Number(Int(1)), String("x"), Array([Array([])]), Object([("k", Object([]))])]));
    Ser(Object([("a", Number(Int(1))), ("a", Number(Int(2))), ("\"key\"", Array([String("v")]))]));

    var js := Object([("name", String("dfyc")), ("list", Array([Number(Int(1)), Number(Decimal(25, -1))]))]);
    var alloc := API.SerializeAlloc(js);
    if alloc.Success? {
      print "alloc: ", alloc.value.Length, " bytes: ", Text(alloc.value[..]), "\n";
    }
    var buffer := new byte[64](i => 0x2e);
    var len := API.SerializeInto(js, buffer);
    if len.Success? {
      print "into: ", len.value, " bytes: ", Text(buffer[..len.value]), ", then ", Text(buffer[len.value..len.value + 3]), "\n";
    }
    var small := new byte[10](i => 0x2e);
    var len2 := API.SerializeInto(js, small);
    if len2.Failure? {
      print "into a small buffer: ", len2.error.ToString(), ", buffer ", Text(small[..]), "\n";
    }
    var exact := new byte[39](i => 0x2e);
    var len3 := API.SerializeInto(js, exact);
    print "into 39 bytes: ", len3.Success?, "\n";
  }

  method Deserializing() {
    De("null");
    De("true");
    De("false");
    De(" \t\r\n true \n");
    De("0");
    De("-0");
    De("12");
    De("-12");
    De("0.5");
    De("-0.5");
    De("1.50");
    De("-1.25e+3");
    De("1E-2");
    De("10e10");
    De("3e0");
    De("12345678901234567890.0001");
    De("\"\"");
    De("\"abc\"");
    De("\"q\\\"b\\\\n\\nt\\tr\\rb\\bf\\f\"");
    De("\"\\u0000\\u0009\\u000a\\u000A\\u0001\"");
    De("\"\U{1F600} caf\U{e9} \U{20ac}\"");
    De("\"\\\\\"");
    De("[]");
    De("[ ]");
    De("{}");
    De("{ }");
    De("[1,2 , 3 ,4]");
    De("[[[]]]");
    De("{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}");
    De(" { \"a\" : 1 , \"a\" : 2 } ");
    De("[\"x\",{\"k\":[]},-7.25]");
  }

  method Failures() {
    De("");
    De("   ");
    De("x");
    De("tru");
    De("trux");
    De("nul");
    De("fals");
    De("[1 2]");
    De("[1,]");
    De("[,1]");
    De("[1");
    De("[1 ");
    De("[[]");
    De("[[] ");
    De("[");
    De("[ ");
    De("{");
    De("{ ");
    De("{\"a\" 1}");
    De("{\"a\":1,}");
    De("{\"a\":1");
    De("{\"a\":1 ");
    De("{1:2}");
    De("{\"a\":}");
    De("\"abc");
    De("\"abc\\\"");
    De("01");
    De("-");
    De("-a");
    De("1.");
    De("1.e3");
    De("1e");
    De("1e+");
    De(".5");
    De("+1");
    De("[1]x");
    De("1 2");
    De("\"\\x\"");
    De("\"\\/\"");
    De("\"\\u12\"");
    De("\"\\u12G4\"");
    De("\"\\u00\"");
    De("\"a\\\"");
    De("\"\\U{e9}\"");
    De("[\"\\x\", 1 2]");
    De("[\"\\x\", \"\\q\"]");
    De("{\"\\q\": \"\\x\"}");
    DeBytes("quote, FF, quote", [0x22, 0xFF, 0x22]);
    DeBytes("quote, a, C3, quote", [0x22, 0x61, 0xC3, 0x22]);
    DeBytes("NUL", [0]);
    DeBytes("[1 NUL", [0x5B, 0x31, 0x20, 0]);
    DeBytes("t NUL", [0x74, 0]);
    DeBytes("quote, tab, newline, quote", [0x22, 9, 10, 0x22]);
  }

  method Messages() {
    var de := [UnterminatedSequence, UnsupportedEscape("\\z"), EscapeAtEOS, EmptyNumber, ExpectingEOF,
               IntOverflow, ReachedEOF, ExpectingByte('a' as byte, 'b' as opt_byte),
               ExpectingByte('a' as byte, -1), ExpectingByte('a' as byte, 0),
               ExpectingAnyByte(['a' as byte, 'b' as byte], 'c' as opt_byte), ExpectingAnyByte([], -1),
               DeserializationError.InvalidUnicode(""), DeserializationError.InvalidUnicode("bad")];
    for i := 0 to |de| {
      print de[i].ToString(), "\n";
    }
    var se := [OutOfMemory, IntTooLarge(-42), StringTooLong("s"), SerializationError.InvalidUnicode];
    for i := 0 to |se| {
      print se[i].ToString(), "\n";
    }
    print API.Deserialize([]), "\n";
    print API.Deserialize([0x5B, 0x31, 0x20, 0x32]), "\n";
    print API.Deserialize([0x74, 0x72]), "\n";
    print API.Serialize(Bool(true)), "\n";
  }

  method RoundTrips() {
    var values := [
      Null, Number(Decimal(-5, -3)), String("tab\there \"quoted\" \U{e9}\U{1F600}" + [1 as char]),
      Array([Object([("k", Array([Number(Int(7)), Bool(false)]))]), String("")]),
      Object([("nested", Object([("deeper", Array([Array([Null])]))]))])
    ];
    for i := 0 to |values| {
      var bs := API.Serialize(values[i]);
      if bs.Success? {
        var back := API.Deserialize(bs.value);
        print "round trip ", i, ": ", back == Success(values[i]), "\n";
      }
    }
  }

  // Dafny's example (Std/JSON/JSON.md).
  method Example() {
    var CITY_JS :- expect ToUTF8Checked(@"{""Cities"": [{
      ""Name"": ""Boston"",
      ""Founded"": 1630,
      ""Population"": 689386,
      ""Area (km2)"": 4584.2}]}");

    var CITY_VALUE := Object([("Cities", Array([
      Object([
        ("Name", String("Boston")),
        ("Founded", Number(Int(1630))),
        ("Population", Number(Int(689386))),
        ("Area (km2)", Number(Decimal(45842, -1)))])]))]);

    expect API.Deserialize(CITY_JS) == Success(CITY_VALUE);

    var EXPECTED :- expect ToUTF8Checked(
      @"{""Cities"":[{""Name"":""Boston"",""Founded"":1630,""Population"":689386,""Area (km2)"":45842e-1}]}"
    );

    expect API.Serialize(CITY_VALUE) == Success(EXPECTED);
    print "example: ok\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: ser null => null (4 bytes)
// CHECK: ser true => true (4 bytes)
// CHECK: ser false => false (5 bytes)
// CHECK: ser <> => "" (2 bytes)
// CHECK: ser <plain> => "plain" (7 bytes)
// CHECK: ser <q"b\s/n^Jt^Ir^Mb^Hf^L> => "q\"b\\s/n\nt\tr\rb\bf\f" (25 bytes)
// CHECK: ser <^A^^^_> => "\u0001\u001E^_" (16 bytes)
// CHECK: ser <café € 😀> => "café € 😀" (16 bytes)
// CHECK: ser D(0,0) => 0 (1 bytes)
// CHECK: ser D(-12,0) => -12 (3 bytes)
// CHECK: ser D(12345678901234567890,0) => 12345678901234567890 (20 bytes)
// CHECK: ser D(45842,-1) => 45842e-1 (8 bytes)
// CHECK: ser D(1,5) => 1e5 (3 bytes)
// CHECK: ser D(-3,-2) => -3e-2 (5 bytes)
// CHECK: ser D(0,7) => 0e7 (3 bytes)
// CHECK: ser [] => [] (2 bytes)
// CHECK: ser {} => {} (2 bytes)
// CHECK: ser [null,true,D(1,0),<x>,[[]],{<k>:{}}] => [null,true,1,"x",[[]],{"k":{}}] (31 bytes)
// CHECK: ser {<a>:D(1,0),<a>:D(2,0),<"key">:[<v>]} => {"a":1,"a":2,"\"key\"":["v"]} (29 bytes)
// CHECK: alloc: 32 bytes: {"name":"dfyc","list":[1,25e-1]}
// CHECK: into: 32 bytes: {"name":"dfyc","list":[1,25e-1]}, then ...
// CHECK: into a small buffer: Out of memory, buffer ..........
// CHECK: into 39 bytes: true
// CHECK: de [null] => null
// CHECK: de [true] => true
// CHECK: de [false] => false
// CHECK: de [ ^I^M^J true ^J] => true
// CHECK: de [0] => D(0,0)
// CHECK: de [-0] => D(0,0)
// CHECK: de [12] => D(12,0)
// CHECK: de [-12] => D(-12,0)
// CHECK: de [0.5] => D(5,-1)
// CHECK: de [-0.5] => D(-5,-1)
// CHECK: de [1.50] => D(150,-2)
// CHECK: de [-1.25e+3] => D(-125,1)
// CHECK: de [1E-2] => D(1,-2)
// CHECK: de [10e10] => D(10,10)
// CHECK: de [3e0] => D(3,0)
// CHECK: de [12345678901234567890.0001] => D(123456789012345678900001,-4)
// CHECK: de [""] => <>
// CHECK: de ["abc"] => <abc>
// CHECK: de ["q\"b\\n\nt\tr\rb\bf\f"] => <q"b\n^Jt^Ir^Mb^Hf^L>
// CHECK: de ["\u0000\u0009\u000a\u000A\u0001"] => <^@^I^J^J^A>
// CHECK: de ["😀 café €"] => <😀 café €>
// CHECK: de ["\\"] => <\>
// CHECK: de [[]] => []
// CHECK: de [[ ]] => []
// CHECK: de [{}] => {}
// CHECK: de [{ }] => {}
// CHECK: de [[1,2 , 3 ,4]] => [D(1,0),D(2,0),D(3,0),D(4,0)]
// CHECK: de [[[[]]]] => [[[]]]
// CHECK: de [{"a":1,"b":[true,false,null],"c":{"d":"e"}}] => {<a>:D(1,0),<b>:[true,false,null],<c>:{<d>:<e>}}
// CHECK: de [ { "a" : 1 , "a" : 2 } ] => {<a>:D(1,0),<a>:D(2,0)}
// CHECK: de [["x",{"k":[]},-7.25]] => [<x>,{<k>:[]},D(-725,-2)]
// CHECK: de [] failed: Number must contain at least one digit
// CHECK: de [   ] failed: Number must contain at least one digit
// CHECK: de [x] failed: Number must contain at least one digit
// CHECK: de [tru] failed: Expecting 'e', read EOF
// CHECK: de [trux] failed: Expecting 'e', read 'x'
// CHECK: de [nul] failed: Expecting 'l', read EOF
// CHECK: de [fals] failed: Expecting 'e', read EOF
// CHECK: de [[1 2]] failed: Expecting one of '],', read '2'
// CHECK: de [[1,]] failed: Number must contain at least one digit
// CHECK: de [[,1]] failed: Number must contain at least one digit
// CHECK: de [[1] failed: Reached EOF
// CHECK: de [[1 ] failed: Expecting one of '],', read EOF
// CHECK: de [[[]] failed: Reached EOF
// CHECK: de [[[] ] failed: Reached EOF
// CHECK: de [[] failed: Number must contain at least one digit
// CHECK: de [[ ] failed: Number must contain at least one digit
// CHECK: de [{] failed: Expecting '"', read EOF
// CHECK: de [{ ] failed: Expecting '"', read EOF
// CHECK: de [{"a" 1}] failed: Expecting ':', read '1'
// CHECK: de [{"a":1,}] failed: Expecting '"', read '}'
// CHECK: de [{"a":1] failed: Reached EOF
// CHECK: de [{"a":1 ] failed: Expecting one of '},', read EOF
// CHECK: de [{1:2}] failed: Expecting '"', read '1'
// CHECK: de [{"a":}] failed: Number must contain at least one digit
// CHECK: de ["abc] failed: Reached EOF
// CHECK: de ["abc\"] failed: Reached EOF
// CHECK: de [01] failed: Expecting EOF
// CHECK: de [-] failed: Number must contain at least one digit
// CHECK: de [-a] failed: Number must contain at least one digit
// CHECK: de [1.] failed: Number must contain at least one digit
// CHECK: de [1.e3] failed: Number must contain at least one digit
// CHECK: de [1e] failed: Number must contain at least one digit
// CHECK: de [1e+] failed: Number must contain at least one digit
// CHECK: de [.5] failed: Number must contain at least one digit
// CHECK: de [+1] failed: Number must contain at least one digit
// CHECK: de [[1]x] failed: Expecting EOF
// CHECK: de [1 2] failed: Expecting EOF
// CHECK: de ["\x"] failed: Unsupported escape sequence: \x
// CHECK: de ["\/"] failed: Unsupported escape sequence: \/
// CHECK: de ["\u12"] failed: Escape character at end of string
// CHECK: de ["\u12G4"] failed: Unsupported escape sequence: 12G4
// CHECK: de ["\u00"] failed: Escape character at end of string
// CHECK: de ["a\"] failed: Reached EOF
// CHECK: de ["\U{e9}"] failed: Unsupported escape sequence: \U
// CHECK: de [["\x", 1 2]] failed: Expecting one of '],', read '2'
// CHECK: de [["\x", "\q"]] failed: Unsupported escape sequence: \x
// CHECK: de [{"\q": "\x"}] failed: Unsupported escape sequence: \q
// CHECK: de [quote, FF, quote] failed: Could not decode byte at index 0
// CHECK: de [quote, a, C3, quote] failed: Could not decode byte at index 1
// CHECK: de [NUL] failed: Number must contain at least one digit
// CHECK: de [[1 NUL] failed: Expecting one of '],', read EOF
// CHECK: de [t NUL] failed: Expecting 'r', read EOF
// CHECK: de [quote, tab, newline, quote] => <^I^J>
// CHECK: Unterminated sequence
// CHECK: Unsupported escape sequence: \z
// CHECK: Escape character at end of string
// CHECK: Number must contain at least one digit
// CHECK: Expecting EOF
// CHECK: Input length does not fit in a 32-bit counter
// CHECK: Reached EOF
// CHECK: Expecting 'a', read 'b'
// CHECK: Expecting 'a', read EOF
// CHECK: Expecting 'a', read EOF
// CHECK: Expecting one of 'ab', read 'c'
// CHECK: Expecting one of '', read EOF
// CHECK: Invalid Unicode sequence
// CHECK: bad
// CHECK: Out of memory
// CHECK: Integer too large: -42
// CHECK: String too long: s
// CHECK: Invalid Unicode sequence
// CHECK: Wrappers.Result.Failure(Errors.DeserializationError.EmptyNumber)
// CHECK: Wrappers.Result.Failure(Errors.DeserializationError.ExpectingAnyByte([93, 44], 50))
// CHECK: Wrappers.Result.Failure(Errors.DeserializationError.ExpectingByte(117, -1))
// CHECK: Wrappers.Result.Success([116, 114, 117, 101])
// CHECK: round trip 0: true
// CHECK: round trip 1: true
// CHECK: round trip 2: true
// CHECK: round trip 3: true
// CHECK: round trip 4: true
// CHECK: example: ok
