// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.JSON's \uXXXX escapes through --standard-libraries: four hexadecimal digits of either
// case give a UTF-16 code unit, a surrogate pair one astral character, a lone or reversed
// surrogate the UTF-16 decoder's error; the serializer's \u00XX escapes of control characters
// read back as those characters. Expected output written by hand from RFC 8259 (section 7), not
// recorded from Dafny: Dafny 4.11's deserializer reads the four digits in base 22 (its
// Uint16StrConversion refines ParametricConversion with 22 digit characters, 0-9, a-f and A-F),
// so there "\u0041" is 'Y', "\u001E" is '$' and "\ud83d" throws an OverflowException; only
// \u0000 to \u0009 read the same (stdlib/README.md, "Std.JSON").
module JsonUnicodeExample {
  import API = Std.JSON.API
  import opened Std.JSON.Values
  import opened Std.Wrappers
  import opened Std.BoundedInts
  import opened Std.Unicode.UnicodeStringsWithUnicodeChar

  // The code points of s, in hexadecimal.
  function Codes(s: string): string {
    if |s| == 0 then "" else Hex(s[0] as int) + (if |s| == 1 then "" else " " + Codes(s[1..]))
  }

  function Hex(n: nat): string {
    var d := "0123456789ABCDEF";
    if n < 16 then [d[n]] else Hex(n / 16) + [d[n % 16]]
  }

  function Contains(s: seq<byte>, p: seq<byte>): bool {
    if |s| < |p| then false else s[..|p|] == p || Contains(s[1..], p)
  }

  method De(s: string) {
    var r := API.Deserialize(ToUTF8Checked(s).value);
    if r.Success? && r.value.String? {
      print s, " => ", Codes(r.value.str), "\n";
    } else if r.Failure? {
      print s, " failed: ", r.error.ToString(), "\n";
    }
  }

  method Main() {
    De("\"\\u0041\"");
    De("\"\\u00e9\\u00E9\"");
    De("\"\\u20ac\\u20AC\"");
    De("\"\\uFFFF\\uabcd\"");
    De("\"\\u001e\\u001F\\u000b\"");
    De("\"\\ud83d\\ude00\"");
    De("\"\\uD83D\\uDE00x\"");
    De("\"a\\u0062\\ud834\\udd1ec\"");
    De("\"\\ud800\"");
    De("\"a\\ude00\"");
    De("\"\\ude00\\ud83d\"");
    De("\"\\ud83dx\"");
    De("\"\\u00\"");
    De("\"\\u00g0\"");

    var controls := seq(32, i requires 0 <= i < 32 => i as char) + [0x7F as char, 0xE9 as char, 0x1F600 as char];
    var bs := API.Serialize(String(controls));
    if bs.Success? {
      print "serialized: ", |bs.value|, " bytes\n";
      var back := API.Deserialize(bs.value);
      print "read back: ", back == Success(String(controls)), "\n";
      print "escape of 0x1E in it: ", Contains(bs.value, ToUTF8Checked("\\u001E").value), "\n";
    }
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: "\u0041" => 41
// CHECK: "\u00e9\u00E9" => E9 E9
// CHECK: "\u20ac\u20AC" => 20AC 20AC
// CHECK: "\uFFFF\uabcd" => FFFF ABCD
// CHECK: "\u001e\u001F\u000b" => 1E 1F B
// CHECK: "\ud83d\ude00" => 1F600
// CHECK: "\uD83D\uDE00x" => 1F600 78
// CHECK: "a\u0062\ud834\udd1ec" => 61 62 1D11E 63
// CHECK: "\ud800" failed: Could not decode byte at index 0
// CHECK: "a\ude00" failed: Could not decode byte at index 1
// CHECK: "\ude00\ud83d" failed: Could not decode byte at index 0
// CHECK: "\ud83dx" failed: Could not decode byte at index 0
// CHECK: "\u00" failed: Escape character at end of string
// CHECK: "\u00g0" failed: Unsupported escape sequence: 00g0
// CHECK: serialized: 176 bytes
// CHECK: read back: true
// CHECK: escape of 0x1E in it: true
