// RUN: run --standard-libraries true
// Std.Base64 from a user program: Encode and Decode of bytes (RFC 4648 test vectors, with and
// without padding), a malformed string, and EncodeDecode/DecodeEncode in proofs. Expected output
// recorded from Dafny 4.11 (`dafny run --standard-libraries true`, with Dafny's own standard
// library), which verifies the program first; dfyc verifies it with its library in library mode.
import opened Std.Base64
import opened Std.BoundedInts
import opened Std.Wrappers


lemma RoundTrip(b: seq<uint8>)
  ensures Decode(Encode(b)).Success? && Decode(Encode(b)).value == b
{
  EncodeDecode(b);
}

lemma RoundTripString(s: string)
  requires IsBase64String(s)
  ensures Encode(Decode(s).value) == s
{
  DecodeEncode(s);
}

method Main() {
  // "", "f", "fo", "foo", "foob", "fooba", "foobar" in ASCII.
  var words: seq<seq<uint8>> := [[], [102], [102, 111], [102, 111, 111], [102, 111, 111, 98],
    [102, 111, 111, 98, 97], [102, 111, 111, 98, 97, 114]];
  for i := 0 to |words| {
    var b := words[i];
    var e := Encode(b);
    EncodeDecode(b);
    var d := Decode(e);
    assert d == Success(b);
    print "\"", e, "\" ", d.value == b, "\n";
  }
  print Decode("Zm9vYmFy"), "\n";
  print Decode("Zm9=").Failure?, " ", Decode("Zg").Failure?, " ", Decode("Zm9vYg==").Success?, "\n";
  var bin: seq<uint8> := [0, 255, 128, 7];
  print Encode(bin), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 0 errors
// CHECK: "" true
// CHECK: "Zg==" true
// CHECK: "Zm8=" true
// CHECK: "Zm9v" true
// CHECK: "Zm9vYg==" true
// CHECK: "Zm9vYmE=" true
// CHECK: "Zm9vYmFy" true
// CHECK: Wrappers.Result.Success([102, 111, 111, 98, 97, 114])
// CHECK: true true true
// CHECK: AP+ABw==
