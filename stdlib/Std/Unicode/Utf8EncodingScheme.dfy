// Std.Unicode.Utf8EncodingScheme: the UTF-8 encoding scheme (Unicode 15.1, section 3.10, D95),
// Dafny's module. It serializes a UTF-8 code unit sequence as the bytes in the same order, so it
// is the conversion between code units (`bv8`) and `byte` (`uint8`) values.
module Std.Unicode.Utf8EncodingScheme {
  import opened Wrappers
  import BoundedInts
  import Seq = Collections.Seq
  import Utf8EncodingForm

  type byte = BoundedInts.uint8

  // The bytes of a code unit sequence.
  function Serialize(s: Utf8EncodingForm.CodeUnitSeq): (b: seq<byte>) {
    Seq.Map((c: Utf8EncodingForm.CodeUnit) => c as byte, s)
  }

  // The code unit sequence of bytes.
  function Deserialize(b: seq<byte>): (s: Utf8EncodingForm.CodeUnitSeq) {
    Seq.Map((b: byte) => b as Utf8EncodingForm.CodeUnit, b)
  }

  // Deserializing the serialization of s gives s.
  lemma LemmaSerializeDeserialize(s: Utf8EncodingForm.CodeUnitSeq)
    ensures Deserialize(Serialize(s)) == s
  {
    var back := Deserialize(Serialize(s));
    forall i | 0 <= i < |s| ensures back[i] == s[i] {
      assert back[i] == (s[i] as byte) as Utf8EncodingForm.CodeUnit;
    }
  }

  // Serializing the deserialization of b gives b.
  lemma LemmaDeserializeSerialize(b: seq<byte>)
    ensures Serialize(Deserialize(b)) == b
  {
    var back := Serialize(Deserialize(b));
    forall i | 0 <= i < |b| ensures back[i] == b[i] {
      assert back[i] == (b[i] as Utf8EncodingForm.CodeUnit) as byte;
    }
  }
}
