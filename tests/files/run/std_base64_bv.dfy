// RUN: run --standard-libraries true --show-snippets false
// Std.Base64's bitvector API: EncodeBV of bv8 sequences (no padding, one and two padding
// characters), DecodeBV of valid and malformed strings, and the round-trip lemmas
// EncodeDecodeBV and DecodeEncodeBV used in the program's proofs. Expected output recorded from
// Dafny 4.11 (`dafny run --standard-libraries true`, with Dafny's own library).
import opened Std.Base64
import opened Std.Wrappers

lemma RoundTrip(b: seq<bv8>)
  ensures DecodeBV(EncodeBV(b)).Success? && DecodeBV(EncodeBV(b)).value == b
{
  EncodeDecodeBV(b);
}

lemma Back(s: string)
  requires IsBase64String(s)
  ensures EncodeBV(DecodeBV(s).value) == s
{
  DecodeEncodeBV(s);
}

method Show(b: seq<bv8>) {
  var s := EncodeBV(b);
  RoundTrip(b);
  var d := DecodeBV(s);
  print s, " ", d.value == b, " ", |d.value|, "\n";
}

method Main() {
  Show([]);
  Show([0x4d]);
  Show([0x4d, 0x61]);
  Show([0x4d, 0x61, 0x6e]);
  Show([0xff, 0xfe, 0xfd, 0x00, 0x80]);
  var hello: seq<bv8> := [72, 101, 108, 108, 111, 44, 32, 119, 111, 114, 108, 100, 33];
  Show(hello);
  match DecodeBV("TWFu") {
    case Success(v) => if |v| == 3 { print v, " ", v[0] as int, " ", v[0] ^ v[1], " ", v[2] << 1, "\n"; }
    case Failure(e) => print "failure ", e, "\n";
  }
  match DecodeBV("TWF=") {
    case Success(v) => print v, "\n";
    case Failure(e) => print "failure ", e, "\n";
  }
  match DecodeBV("TW*u") {
    case Success(v) => print v, "\n";
    case Failure(e) => print "failure ", e, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 0 errors
// CHECK:  true 0
// CHECK: TQ== true 1
// CHECK: TWE= true 2
// CHECK: TWFu true 3
// CHECK: //79AIA= true 5
// CHECK: SGVsbG8sIHdvcmxkIQ== true 13
// CHECK: [77, 97, 110] 77 44 220
// CHECK: failure The encoding is malformed
// CHECK: failure The encoding is malformed
