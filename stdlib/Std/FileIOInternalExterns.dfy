// Std.FileIOInternalExterns: the two target-language operations under Std.FileIO. Not for user
// code: call Std.FileIO, which turns their three results into a Result. dfyc's runtime defines
// them (runtime/include/dfy/std/file_io_internal_externs.h); names and signatures as in Dafny's
// standard library (stdlib/README.md, "Std.FileIO"); written for dfyc.
module Std.FileIOInternalExterns {

  // The bytes of the file at `path`, or isError with a message saying why they could not be
  // read (bytesRead is then empty; errorMsg is empty on success).
  method {:extern} INTERNAL_ReadBytesFromFile(path: string)
    returns (isError: bool, bytesRead: seq<bv8>, errorMsg: string)

  // Writes `bytes` to the file at `path` (replacing it), after creating the missing parent
  // directories; or isError with a message saying why it could not.
  method {:extern} INTERNAL_WriteBytesToFile(path: string, bytes: seq<bv8>)
    returns (isError: bool, errorMsg: string)
}
