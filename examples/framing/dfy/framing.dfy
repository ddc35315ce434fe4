// Framed authenticated encryption of a message, in the manner of the AWS Encryption SDK's
// message format: the plaintext is cut into frames of a configured length, and each frame is
// sealed with AES-256-GCM under a key derived for this message. A frame's additional data
// binds the message id, the frame's sequence number, whether it is the final frame and its
// length, so a frame cannot be altered, moved, dropped, or replayed into another message
// without Decrypt noticing; the header (version, message id, frame length) has its own tag.
//
// Proved here: Decrypt returns exactly the plaintext that Encrypt sealed (DecryptEncrypt), for
// every key, message id, frame length and plaintext, assuming only the contracts of the
// {:extern} cryptography in aead.dfy. Decrypt returns the whole plaintext or an error, never a
// part of it.
include "bytes.dfy"
include "aead.dfy"
include "format.dfy"

module Framing {
  import opened Bytes
  import opened MessageFormat
  import Aead

  // Messages longer than this would need sequence numbers of 2^32 and more.
  const MAX_PLAINTEXT_LENGTH: int := UINT32_LIMIT - 2

  // The nonce of frame seqNum: eight zero bytes, then the number. The header uses 0, the
  // frames 1, 2, ...; the key is the message's own, so no nonce repeats under a key.
  function FrameIv(seqNum: int): (iv: bytes)
    requires IsUInt32(seqNum)
    ensures |iv| == Aead.IV_LENGTH
  {
    [0, 0, 0, 0, 0, 0, 0, 0] + UInt32ToBytes(seqNum)
  }

  // What a frame's tag authenticates besides its ciphertext.
  function FrameAad(messageId: bytes, seqNum: int, final: bool, length: int): bytes
    requires IsUInt32(seqNum) && IsUInt32(length)
  {
    messageId + UInt32ToBytes(seqNum) + [if final then 1 else 0] + UInt32ToBytes(length)
  }

  function HeaderTag(dataKey: bytes, messageId: bytes, frameLength: int): (tag: bytes)
    requires |dataKey| == Aead.KEY_LENGTH && IsUInt32(frameLength)
    ensures |tag| == TAG_LENGTH
  {
    Aead.Seal(dataKey, FrameIv(0), HeaderBody(messageId, frameLength), [])
  }

  function SealFrame(dataKey: bytes, messageId: bytes, seqNum: int, final: bool,
                     content: bytes): (f: Frame)
    requires |dataKey| == Aead.KEY_LENGTH && IsUInt32(seqNum) && IsUInt32(|content|)
    ensures ValidFrame(f) && f.seqNum == seqNum && f.final == final
    ensures |f.ciphertext| == |content|
  {
    var sealed := Aead.Seal(dataKey, FrameIv(seqNum),
                            FrameAad(messageId, seqNum, final, |content|), content);
    Frame(seqNum, final, sealed[..|content|], sealed[|content|..])
  }

  predicate SealArgs(frameLength: int, content: bytes, seqNum: int) {
    0 < frameLength < UINT32_LIMIT && 1 <= seqNum && seqNum + |content| < UINT32_LIMIT
  }

  // The frames of `content`, numbered from seqNum: full frames, then a final frame with what
  // is left (at most frameLength bytes, and empty only when the whole content is).
  ghost function SealFrames(dataKey: bytes, messageId: bytes, frameLength: int, content: bytes,
                            seqNum: int): (fs: seq<Frame>)
    requires |dataKey| == Aead.KEY_LENGTH && SealArgs(frameLength, content, seqNum)
    ensures ValidFrames(fs)
    decreases |content|
  {
    if |content| <= frameLength then [SealFrame(dataKey, messageId, seqNum, true, content)]
    else
      [SealFrame(dataKey, messageId, seqNum, false, content[..frameLength])] +
      SealFrames(dataKey, messageId, frameLength, content[frameLength..], seqNum + 1)
  }

  predicate EncryptArgs(key: bytes, messageId: bytes, frameLength: int, plaintext: bytes) {
    |key| == Aead.KEY_LENGTH && |messageId| == MESSAGE_ID_LENGTH &&
    0 < frameLength < UINT32_LIMIT && |plaintext| <= MAX_PLAINTEXT_LENGTH
  }

  ghost function SealedMessage(key: bytes, messageId: bytes, frameLength: int, plaintext: bytes)
    : (m: Message)
    requires EncryptArgs(key, messageId, frameLength, plaintext)
    ensures ValidMessage(m)
  {
    var dataKey := Aead.DeriveKey(key, messageId);
    Message(Header(messageId, frameLength, HeaderTag(dataKey, messageId, frameLength)),
            SealFrames(dataKey, messageId, frameLength, plaintext, 1))
  }

  // ---- Opening ----

  datatype Decryption = Decrypted(plaintext: bytes) | DecryptError(reason: string)

  // The content of frame f, found at sequence number seqNum; `last` says whether it is the
  // last frame of the message.
  function OpenFrame(dataKey: bytes, messageId: bytes, frameLength: int, f: Frame, seqNum: int,
                     last: bool): Decryption
    requires |dataKey| == Aead.KEY_LENGTH && ValidFrame(f)
  {
    if f.seqNum != seqNum then DecryptError("frame out of order")
    else if last && !f.final then DecryptError("truncated message: no final frame")
    else if !last && f.final then DecryptError("frames after the final frame")
    else if (if f.final then |f.ciphertext| > frameLength else |f.ciphertext| != frameLength)
    then DecryptError("bad frame length")
    else
      match Aead.Open(dataKey, FrameIv(seqNum),
                      FrameAad(messageId, seqNum, f.final, |f.ciphertext|), f.ciphertext, f.tag)
      case Forged => DecryptError("frame authentication failed")
      case Authentic(p) => Decrypted(p)
  }

  // The contents of `frames`, numbered from seqNum, after the bytes soFar opened before them.
  ghost function OpenFramesFrom(dataKey: bytes, messageId: bytes, frameLength: int,
                                frames: seq<Frame>, seqNum: int, soFar: bytes): Decryption
    requires |dataKey| == Aead.KEY_LENGTH && ValidFrames(frames)
    decreases |frames|
  {
    if |frames| == 0 then DecryptError("truncated message: no final frame")
    else
      match OpenFrame(dataKey, messageId, frameLength, frames[0], seqNum, |frames| == 1)
      case DecryptError(reason) => DecryptError(reason)
      case Decrypted(p) =>
        if |frames| == 1 then Decrypted(soFar + p)
        else OpenFramesFrom(dataKey, messageId, frameLength, frames[1..], seqNum + 1, soFar + p)
  }

  function OpenHeader(key: bytes, h: Header): (r: Decryption)
    requires |key| == Aead.KEY_LENGTH && ValidHeader(h)
  {
    var dataKey := Aead.DeriveKey(key, h.messageId);
    match Aead.Open(dataKey, FrameIv(0), HeaderBody(h.messageId, h.frameLength), [], h.tag)
    case Forged => DecryptError("header authentication failed")
    case Authentic(_) => Decrypted([])
  }

  // What Decrypt returns for `data`.
  ghost function DecryptSpec(key: bytes, data: bytes): Decryption
    requires |key| == Aead.KEY_LENGTH
  {
    match ParseMessage(data)
    case ParseError(reason) => DecryptError(reason)
    case Parsed(m) =>
      ParseMessageValid(data);
      match OpenHeader(key, m.header)
      case DecryptError(reason) => DecryptError(reason)
      case Decrypted(_) =>
        OpenFramesFrom(Aead.DeriveKey(key, m.header.messageId), m.header.messageId,
                       m.header.frameLength, m.frames, 1, [])
  }

  lemma ParseFramesFromValid(data: bytes, pos: int, parsed: seq<Frame>)
    requires 0 <= pos <= |data| && ValidFrames(parsed)
    ensures ParseFramesFrom(data, pos, parsed).Parsed? ==>
            ValidFrames(ParseFramesFrom(data, pos, parsed).message.frames)
    decreases |data| - pos
  {
    if pos < |data| {
      match ParseFrame(data, pos)
      case FrameError(_) =>
      case FrameOk(f, next) => ParseFramesFromValid(data, next, parsed + [f]);
    }
  }

  lemma ParseMessageValid(data: bytes)
    ensures ParseMessage(data).Parsed? ==> ValidMessage(ParseMessage(data).message)
  {
    match ParseHeader(data)
    case HeaderError(_) =>
    case HeaderOk(h, next) => ParseFramesFromValid(data, next, []);
  }

  // ---- The theorem ----

  lemma OpenSealFrames(dataKey: bytes, messageId: bytes, frameLength: int, content: bytes,
                       seqNum: int, soFar: bytes)
    requires |dataKey| == Aead.KEY_LENGTH && SealArgs(frameLength, content, seqNum)
    ensures OpenFramesFrom(dataKey, messageId, frameLength,
                           SealFrames(dataKey, messageId, frameLength, content, seqNum),
                           seqNum, soFar) == Decrypted(soFar + content)
    decreases |content|
  {
    var fs := SealFrames(dataKey, messageId, frameLength, content, seqNum);
    var final := |content| <= frameLength;
    var first := if final then content else content[..frameLength];
    var f := SealFrame(dataKey, messageId, seqNum, final, first);
    assert fs[0] == f;
    var iv := FrameIv(seqNum);
    var aad := FrameAad(messageId, seqNum, final, |first|);
    assert f.ciphertext + f.tag == Aead.Seal(dataKey, iv, aad, first);
    assert Aead.Open(dataKey, iv, aad, f.ciphertext, f.tag) == Aead.Authentic(first);
    if final {
      assert |fs| == 1;
      assert OpenFrame(dataKey, messageId, frameLength, f, seqNum, true) == Decrypted(first);
    } else {
      var rest := content[frameLength..];
      assert fs[1..] == SealFrames(dataKey, messageId, frameLength, rest, seqNum + 1);
      assert |fs| > 1;
      assert OpenFrame(dataKey, messageId, frameLength, f, seqNum, false) == Decrypted(first);
      OpenSealFrames(dataKey, messageId, frameLength, rest, seqNum + 1, soFar + first);
      assert soFar + first + rest == soFar + content;
    }
  }

  // Decrypting what Encrypt wrote gives back the plaintext.
  lemma DecryptEncrypt(key: bytes, messageId: bytes, frameLength: int, plaintext: bytes)
    requires EncryptArgs(key, messageId, frameLength, plaintext)
    ensures DecryptSpec(key, WriteMessage(SealedMessage(key, messageId, frameLength, plaintext)))
            == Decrypted(plaintext)
  {
    var m := SealedMessage(key, messageId, frameLength, plaintext);
    ParseWrite(m);
    var dataKey := Aead.DeriveKey(key, messageId);
    var body := HeaderBody(messageId, frameLength);
    assert [] + m.header.tag == Aead.Seal(dataKey, FrameIv(0), body, []);
    assert OpenHeader(key, m.header) == Decrypted([]);
    OpenSealFrames(dataKey, messageId, frameLength, plaintext, 1, []);
    assert [] + plaintext == plaintext;
  }

  // ---- What programs call ----

  // The bytes of `plaintext` encrypted as a framed message. The caller picks a fresh random
  // messageId for each message.
  method Encrypt(key: bytes, messageId: bytes, frameLength: int, plaintext: bytes)
    returns (data: bytes)
    requires EncryptArgs(key, messageId, frameLength, plaintext)
    ensures data == WriteMessage(SealedMessage(key, messageId, frameLength, plaintext))
  {
    var dataKey := Aead.DeriveKey(key, messageId);
    var header := Header(messageId, frameLength, HeaderTag(dataKey, messageId, frameLength));
    var frames: seq<Frame> := [];
    var rest := plaintext;
    var seqNum := 1;
    while |rest| > frameLength
      invariant SealArgs(frameLength, rest, seqNum) && ValidFrames(frames)
      invariant SealFrames(dataKey, messageId, frameLength, plaintext, 1) ==
                frames + SealFrames(dataKey, messageId, frameLength, rest, seqNum)
      decreases |rest|
    {
      frames := frames + [SealFrame(dataKey, messageId, seqNum, false, rest[..frameLength])];
      rest := rest[frameLength..];
      seqNum := seqNum + 1;
    }
    frames := frames + [SealFrame(dataKey, messageId, seqNum, true, rest)];
    data := Write(Message(header, frames));
  }

  // The plaintext of a framed message, or why there is none: all of it or nothing.
  method Decrypt(key: bytes, data: bytes) returns (r: Decryption)
    requires |key| == Aead.KEY_LENGTH
    ensures r == DecryptSpec(key, data)
  {
    var parsed := Parse(data);
    if parsed.ParseError? {
      return DecryptError(parsed.reason);
    }
    ParseMessageValid(data);
    var m := parsed.message;
    var h := m.header;
    var headerCheck := OpenHeader(key, h);
    if headerCheck.DecryptError? {
      return headerCheck;
    }
    var dataKey := Aead.DeriveKey(key, h.messageId);
    if |m.frames| == 0 {
      return DecryptError("truncated message: no final frame");
    }
    var soFar: bytes := [];
    var i := 0;
    while i < |m.frames| - 1
      invariant 0 <= i < |m.frames|
      invariant DecryptSpec(key, data) ==
                OpenFramesFrom(dataKey, h.messageId, h.frameLength, m.frames[i..], i + 1, soFar)
      decreases |m.frames| - i
    {
      var content := OpenFrame(dataKey, h.messageId, h.frameLength, m.frames[i], i + 1, false);
      if content.DecryptError? {
        return content;
      }
      assert m.frames[i..][1..] == m.frames[i + 1..];
      soFar := soFar + content.plaintext;
      i := i + 1;
    }
    var content := OpenFrame(dataKey, h.messageId, h.frameLength, m.frames[i], i + 1, true);
    if content.DecryptError? {
      return content;
    }
    return Decrypted(soFar + content.plaintext);
  }
}
