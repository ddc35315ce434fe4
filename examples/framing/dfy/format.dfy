// The byte format of a framed message, its writer and its parser, and the proof that the
// parser reads back exactly what the writer wrote.
//
//   message = header frame*
//   header  = version (1 byte, 1) | message id (16) | frame length (4) | header tag (16)
//   frame   = sequence number (4) | final flag (1: 0 or 1) | content length (4)
//             | ciphertext (content length) | tag (16)
//
// Integers are big-endian. This file is only the syntax; framing.dfy gives it its meaning
// (which frames a message must have, and what the tags authenticate).
include "bytes.dfy"

module MessageFormat {
  import opened Bytes

  const VERSION: uint8 := 1
  const MESSAGE_ID_LENGTH: int := 16
  const TAG_LENGTH: int := 16
  const HEADER_BODY_LENGTH: int := 1 + MESSAGE_ID_LENGTH + 4
  const FRAME_PREFIX_LENGTH: int := 4 + 1 + 4

  datatype Header = Header(messageId: bytes, frameLength: int, tag: bytes)
  datatype Frame = Frame(seqNum: int, final: bool, ciphertext: bytes, tag: bytes)
  datatype Message = Message(header: Header, frames: seq<Frame>)

  predicate ValidHeader(h: Header) {
    |h.messageId| == MESSAGE_ID_LENGTH && 0 < h.frameLength < UINT32_LIMIT &&
    |h.tag| == TAG_LENGTH
  }

  predicate ValidFrame(f: Frame) {
    IsUInt32(f.seqNum) && IsUInt32(|f.ciphertext|) && |f.tag| == TAG_LENGTH
  }

  predicate ValidFrames(fs: seq<Frame>) {
    forall i | 0 <= i < |fs| :: ValidFrame(fs[i])
  }

  predicate ValidMessage(m: Message) {
    ValidHeader(m.header) && ValidFrames(m.frames)
  }

  // ---- Writing ----

  // The header's bytes before its tag: what the header tag authenticates.
  function HeaderBody(messageId: bytes, frameLength: int): bytes
    requires IsUInt32(frameLength)
  {
    [VERSION] + messageId + UInt32ToBytes(frameLength)
  }

  function WriteHeader(h: Header): bytes
    requires ValidHeader(h)
  {
    HeaderBody(h.messageId, h.frameLength) + h.tag
  }

  function WriteFrame(f: Frame): bytes
    requires ValidFrame(f)
  {
    UInt32ToBytes(f.seqNum) + [if f.final then 1 else 0] + UInt32ToBytes(|f.ciphertext|) +
    f.ciphertext + f.tag
  }

  function WriteFrames(fs: seq<Frame>): bytes
    requires ValidFrames(fs)
  {
    if |fs| == 0 then [] else WriteFrame(fs[0]) + WriteFrames(fs[1..])
  }

  function WriteMessage(m: Message): bytes
    requires ValidMessage(m)
  {
    WriteHeader(m.header) + WriteFrames(m.frames)
  }

  lemma WriteFramesSnoc(fs: seq<Frame>, f: Frame)
    requires ValidFrames(fs) && ValidFrame(f)
    ensures ValidFrames(fs + [f])
    ensures WriteFrames(fs + [f]) == WriteFrames(fs) + WriteFrame(f)
  {
    if |fs| > 0 {
      assert (fs + [f])[1..] == fs[1..] + [f];
      WriteFramesSnoc(fs[1..], f);
    }
  }

  // The writer that programs run: one pass, appending to one buffer.
  method Write(m: Message) returns (out: bytes)
    requires ValidMessage(m)
    ensures out == WriteMessage(m)
  {
    out := WriteHeader(m.header);
    var i := 0;
    while i < |m.frames|
      invariant 0 <= i <= |m.frames|
      invariant out == WriteHeader(m.header) + WriteFrames(m.frames[..i])
    {
      var f := m.frames[i];
      WriteFramesSnoc(m.frames[..i], f);
      assert m.frames[..i] + [f] == m.frames[..i + 1];
      // WriteFrame(f), appended field by field: each append goes into out's buffer, where
      // out + WriteFrame(f) would first copy the frame into one of its own.
      out := out + UInt32ToBytes(f.seqNum) + [if f.final then 1 else 0] +
             UInt32ToBytes(|f.ciphertext|) + f.ciphertext + f.tag;
      i := i + 1;
    }
    assert m.frames[..i] == m.frames;
  }

  // ---- Parsing ----

  datatype HeaderParse = HeaderOk(header: Header, next: int) | HeaderError(reason: string)
  datatype FrameParse = FrameOk(frame: Frame, next: int) | FrameError(reason: string)
  datatype MessageParse = Parsed(message: Message) | ParseError(reason: string)

  function ParseHeader(data: bytes): (r: HeaderParse)
    ensures r.HeaderOk? ==> ValidHeader(r.header) && r.next <= |data|
  {
    if |data| < HEADER_BODY_LENGTH + TAG_LENGTH then HeaderError("truncated header")
    else if data[0] != VERSION then HeaderError("unknown version")
    else
      var frameLength := BytesToUInt32(data[17..21]);
      if frameLength == 0 then HeaderError("frame length 0")
      else HeaderOk(Header(data[1..17], frameLength, data[21..37]), 37)
  }

  // The frame that starts at data[pos].
  function ParseFrame(data: bytes, pos: int): (r: FrameParse)
    requires 0 <= pos <= |data|
    ensures r.FrameOk? ==> ValidFrame(r.frame) && pos < r.next <= |data|
  {
    if |data| - pos < FRAME_PREFIX_LENGTH then FrameError("truncated frame")
    else
      var seqNum := BytesToUInt32(data[pos..pos + 4]);
      var flag := data[pos + 4];
      var length := BytesToUInt32(data[pos + 5..pos + 9]);
      var start := pos + FRAME_PREFIX_LENGTH;
      if flag > 1 then FrameError("bad final flag")
      else if |data| - start < length + TAG_LENGTH then FrameError("truncated frame")
      else
        FrameOk(Frame(seqNum, flag == 1, data[start..start + length],
                      data[start + length..start + length + TAG_LENGTH]),
                start + length + TAG_LENGTH)
  }

  // The frames from data[pos] to the end, after the frames `parsed` (so that a loop computes
  // it by iteration).
  function ParseFramesFrom(data: bytes, pos: int, parsed: seq<Frame>): (r: MessageParse)
    requires 0 <= pos <= |data|
    decreases |data| - pos
  {
    if pos == |data| then Parsed(Message(Header([], 0, []), parsed))
    else
      match ParseFrame(data, pos)
      case FrameError(reason) => ParseError(reason)
      case FrameOk(f, next) => ParseFramesFrom(data, next, parsed + [f])
  }

  function ParseMessage(data: bytes): MessageParse {
    match ParseHeader(data)
    case HeaderError(reason) => ParseError(reason)
    case HeaderOk(h, next) =>
      match ParseFramesFrom(data, next, [])
      case ParseError(reason) => ParseError(reason)
      case Parsed(m) => Parsed(Message(h, m.frames))
  }

  // The parser that programs run: a loop over the frames.
  method Parse(data: bytes) returns (r: MessageParse)
    ensures r == ParseMessage(data)
  {
    var hp := ParseHeader(data);
    if hp.HeaderError? {
      return ParseError(hp.reason);
    }
    var pos := hp.next;
    var frames: seq<Frame> := [];
    while pos < |data|
      invariant hp.next <= pos <= |data|
      invariant ParseFramesFrom(data, hp.next, []) == ParseFramesFrom(data, pos, frames)
      decreases |data| - pos
    {
      var fp := ParseFrame(data, pos);
      if fp.FrameError? {
        return ParseError(fp.reason);
      }
      frames := frames + [fp.frame];
      pos := fp.next;
    }
    return Parsed(Message(hp.header, frames));
  }

  // ---- Parsing what was written ----

  lemma ParseHeaderWritten(h: Header, rest: bytes)
    requires ValidHeader(h)
    ensures ParseHeader(WriteHeader(h) + rest) == HeaderOk(h, |WriteHeader(h)|)
  {
    var data := WriteHeader(h) + rest;
    assert data[17..21] == UInt32ToBytes(h.frameLength);
    UInt32RoundTrip(h.frameLength);
    assert data[1..17] == h.messageId;
    assert data[21..37] == h.tag;
  }

  lemma ParseFrameWritten(prefix: bytes, f: Frame, rest: bytes)
    requires ValidFrame(f)
    ensures ParseFrame(prefix + WriteFrame(f) + rest, |prefix|) ==
            FrameOk(f, |prefix| + |WriteFrame(f)|)
  {
    var data := prefix + WriteFrame(f) + rest;
    var pos := |prefix|;
    var length := |f.ciphertext|;
    var start := pos + FRAME_PREFIX_LENGTH;
    assert data[pos..pos + 4] == UInt32ToBytes(f.seqNum);
    assert data[pos + 5..pos + 9] == UInt32ToBytes(length);
    UInt32RoundTrip(f.seqNum);
    UInt32RoundTrip(length);
    assert data[start..start + length] == f.ciphertext;
    assert data[start + length..start + length + TAG_LENGTH] == f.tag;
  }

  lemma ParseFramesWritten(prefix: bytes, fs: seq<Frame>, parsed: seq<Frame>)
    requires ValidFrames(fs)
    ensures ParseFramesFrom(prefix + WriteFrames(fs), |prefix|, parsed) ==
            Parsed(Message(Header([], 0, []), parsed + fs))
    decreases |fs|
  {
    var data := prefix + WriteFrames(fs);
    if |fs| == 0 {
      assert parsed + fs == parsed;
    } else {
      var w := WriteFrame(fs[0]);
      var rest := WriteFrames(fs[1..]);
      assert data == prefix + w + rest;
      ParseFrameWritten(prefix, fs[0], rest);
      assert ParseFrame(data, |prefix|) == FrameOk(fs[0], |prefix + w|);
      assert ValidFrames(fs[1..]);
      ParseFramesWritten(prefix + w, fs[1..], parsed + [fs[0]]);
      assert prefix + w + rest == data;
      assert parsed + [fs[0]] + fs[1..] == parsed + fs;
    }
  }

  // The parser reads back what the writer wrote.
  lemma ParseWrite(m: Message)
    requires ValidMessage(m)
    ensures ParseMessage(WriteMessage(m)) == Parsed(m)
  {
    var hb := WriteHeader(m.header);
    ParseHeaderWritten(m.header, WriteFrames(m.frames));
    ParseFramesWritten(hb, m.frames, []);
    assert [] + m.frames == m.frames;
  }
}
