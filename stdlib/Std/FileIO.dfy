// Std.FileIO: reading and writing whole files, as bytes or as UTF-8 text. The API of Dafny's
// Std.FileIO (module, export set, methods and their signatures), written for dfyc over
// Std.FileIOInternalExterns, which dfyc's runtime defines (stdlib/README.md, "Std.FileIO").
//
// A path is a string, converted to UTF-8 for the operating system; `.` and `..` are allowed.
// Error messages are the implementation's own (dfyc's name the path and the system's reason;
// Dafny's C# gives the .NET exception's text), so a program should not depend on their text.
module Std.FileIO {
  import opened Wrappers
  import FileIOInternalExterns
  import Unicode.UnicodeStringsWithUnicodeChar
  import opened BoundedInts

  export provides ReadBytesFromFile, WriteBytesToFile, ReadUTF8FromFile, WriteUTF8ToFile, Wrappers

  // All the bytes of the file at `path`, or Failure with a message saying why they could not
  // be read (a missing file, a directory, no permission, an empty path, ...).
  method ReadBytesFromFile(path: string) returns (res: Result<seq<bv8>, string>) {
    var isError, bytesRead, errorMsg := FileIOInternalExterns.INTERNAL_ReadBytesFromFile(path);
    res := if isError then Failure(errorMsg) else Success(bytesRead);
  }

  // Writes `bytes` to the file at `path`, replacing what it held, and creates its missing
  // parent directories first; or Failure with a message saying why it could not.
  method WriteBytesToFile(path: string, bytes: seq<bv8>) returns (res: Result<(), string>) {
    var isError, errorMsg := FileIOInternalExterns.INTERNAL_WriteBytesToFile(path, bytes);
    res := if isError then Failure(errorMsg) else Success(());
  }

  // The text of the file `fileName`, decoded from UTF-8; Failure if the file cannot be read
  // (ReadBytesFromFile's message) or is not well-formed UTF-8 (the decoder's message, "Could
  // not decode byte at index i").
  method ReadUTF8FromFile(fileName: string) returns (r: Result<string, string>) {
    // `var bytes :- ReadBytesFromFile(fileName);`, spelt out (stdlib/README.md: the library
    // does not use `:-`).
    var read := ReadBytesFromFile(fileName);
    if read.Failure? {
      return Failure(read.error);
    }
    var bytes := read.value;
    var units := seq(|bytes|, i requires 0 <= i < |bytes| => bytes[i] as uint8);
    r := UnicodeStringsWithUnicodeChar.FromUTF8Checked(units);
  }

  // Writes `content`, encoded in UTF-8, to the file `fileName` (created, or replaced), with its
  // missing parent directories; Fail("Failed to write to file '<fileName>': <reason>") when
  // it cannot.
  method WriteUTF8ToFile(fileName: string, content: string) returns (r: Outcome<string>) {
    var units := UnicodeStringsWithUnicodeChar.ToUTF8Checked(content).value;
    var bytes := seq(|units|, i requires 0 <= i < |units| => units[i] as bv8);
    var written := WriteBytesToFile(fileName, bytes);
    if written.Failure? {
      return Fail("Failed to write to file '" + fileName + "': " + written.error);
    }
    r := Pass;
  }
}
