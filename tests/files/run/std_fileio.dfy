// RUN: run --standard-libraries true --show-snippets false %s --args %t
// Std.FileIO through --standard-libraries: WriteBytesToFile and ReadBytesFromFile (a round trip,
// an empty file, 100,000 bytes, replacing a longer file, missing parent directories created,
// paths with .., normalized as in Dafny's C#), WriteUTF8ToFile and ReadUTF8FromFile (non-ASCII
// text, ill-formed UTF-8), and the failures: a missing file, a directory, an empty path, a
// path under a file. The program
// writes under the folder its first argument names (the runner's temporary folder). Error
// messages are the implementation's own (Dafny's C# gives .NET's exception text), so only
// their presence is printed, except the decoder's and WriteUTF8ToFile's prefix, which Dafny
// specifies. Expected output recorded from Dafny 4.11: `dafny run --standard-libraries true
// std_fileio.dfy <folder>` (C#, Dafny's own library, which verifies the program: 4 verified).
module FileIOExample {
  import Std.FileIO
  import opened Std.Wrappers

  method Main(args: seq<string>) {
    if |args| < 2 {
      print "usage: std_fileio <folder>\n";
      return;
    }
    var dir := args[1];
    Bytes(dir);
    Text(dir);
    Failures(dir);
  }

  method Bytes(dir: string) {
    var w := FileIO.WriteBytesToFile(dir + "/bytes.bin", [0x48, 0x69, 0x0a, 0x00, 0xff]);
    print "write: ", w, "\n";
    var r := FileIO.ReadBytesFromFile(dir + "/bytes.bin");
    print "read: ", r, "\n";

    w := FileIO.WriteBytesToFile(dir + "/empty.bin", []);
    r := FileIO.ReadBytesFromFile(dir + "/empty.bin");
    print "empty: ", w, " ", r, "\n";

    var big := seq(100000, i => (i * 7 % 256) as bv8);
    w := FileIO.WriteBytesToFile(dir + "/big.bin", big);
    r := FileIO.ReadBytesFromFile(dir + "/big.bin");
    expect r.Success? && |r.value| == 100000;
    print "big: ", w.Success?, " ", |r.value|, " ", r.value == big, " ", r.value[99999], "\n";

    // Writing again replaces the whole file.
    w := FileIO.WriteBytesToFile(dir + "/big.bin", [1, 2, 3]);
    r := FileIO.ReadBytesFromFile(dir + "/big.bin");
    print "replaced: ", r, "\n";

    // Missing parent directories are created; `..` is allowed.
    w := FileIO.WriteBytesToFile(dir + "/a/b/c/nested.bin", [42]);
    r := FileIO.ReadBytesFromFile(dir + "/a/b/c/nested.bin");
    print "nested: ", w, " ", r, "\n";
    w := FileIO.WriteBytesToFile(dir + "/a/b/../up.bin", [43]);
    r := FileIO.ReadBytesFromFile(dir + "/a/up.bin");
    print "up: ", w, " ", r, "\n";
    r := FileIO.ReadBytesFromFile(dir + "/a/b/c/../../../a/./up.bin");
    print "dots: ", r, "\n";
    // As in Dafny's C#, a path is normalized before use: `x/..` needs no folder x.
    w := FileIO.WriteBytesToFile(dir + "/new/missing/../lexical.bin", [44]);
    r := FileIO.ReadBytesFromFile(dir + "/nothere/../new/lexical.bin");
    print "lexical: ", w, " ", r, "\n";
  }

  method Text(dir: string) {
    var text := "Hello, wörld: €, 𝄞\nsecond line\n";
    var w := FileIO.WriteUTF8ToFile(dir + "/text/hello.txt", text);
    print "write text: ", w, "\n";
    var r := FileIO.ReadUTF8FromFile(dir + "/text/hello.txt");
    print "read text: ", r, "\n";
    print "same: ", r == Success(text), "\n";
    var b := FileIO.ReadBytesFromFile(dir + "/text/hello.txt");
    expect b.Success? && |b.value| > 9;
    print "UTF-8 bytes: ", |b.value|, " for ", |text|, " characters, ", b.value[8], " ", b.value[9], "\n";

    // Not UTF-8: the decoder's message.
    var bad := FileIO.WriteBytesToFile(dir + "/text/bad.txt", [0x61, 0x62, 0xc3, 0x28, 0x63]);
    expect bad.Success?;
    r := FileIO.ReadUTF8FromFile(dir + "/text/bad.txt");
    print "ill-formed: ", r, "\n";

    w := FileIO.WriteUTF8ToFile(dir + "/text/empty.txt", "");
    r := FileIO.ReadUTF8FromFile(dir + "/text/empty.txt");
    print "empty text: ", w, " ", r, "\n";
  }

  method Failures(dir: string) {
    var r := FileIO.ReadBytesFromFile(dir + "/no such file.bin");
    print "missing: ", r.Failure?, " ", r.Failure? && |r.error| > 0, "\n";
    r := FileIO.ReadBytesFromFile(dir + "/a");
    print "directory: ", r.Failure?, "\n";
    r := FileIO.ReadBytesFromFile("");
    print "empty path: ", r.Failure?, "\n";
    var t := FileIO.ReadUTF8FromFile(dir + "/missing.txt");
    print "missing text: ", t.Failure?, "\n";

    var w := FileIO.WriteBytesToFile("", [1]);
    print "write empty path: ", w.Failure?, "\n";
    w := FileIO.WriteBytesToFile(dir + "/bytes.bin/under a file.bin", [1]);
    print "write under a file: ", w.Failure?, "\n";
    w := FileIO.WriteBytesToFile(dir + "/a", [1]);
    print "write a directory: ", w.Failure?, "\n";
    var o := FileIO.WriteUTF8ToFile(dir + "/bytes.bin/x.txt", "x");
    var prefix := "Failed to write to file '" + dir + "/bytes.bin/x.txt': ";
    print "write text under a file: ", o.Fail?, " ", o.Fail? && prefix <= o.error, "\n";
  }
}
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 0 errors
// CHECK: write: Wrappers.Result.Success(())
// CHECK: read: Wrappers.Result.Success([72, 105, 10, 0, 255])
// CHECK: empty: Wrappers.Result.Success(()) Wrappers.Result.Success([])
// CHECK: big: true 100000 true 89
// CHECK: replaced: Wrappers.Result.Success([1, 2, 3])
// CHECK: nested: Wrappers.Result.Success(()) Wrappers.Result.Success([42])
// CHECK: up: Wrappers.Result.Success(()) Wrappers.Result.Success([43])
// CHECK: dots: Wrappers.Result.Success([43])
// CHECK: lexical: Wrappers.Result.Success(()) Wrappers.Result.Success([44])
// CHECK: write text: Wrappers.Outcome.Pass
// CHECK: read text: Wrappers.Result.Success(['H', 'e', 'l', 'l', 'o', ',', ' ', 'w', 'ö', 'r', 'l', 'd', ':', ' ', '€', ',', ' ', '𝄞', '\n', 's', 'e', 'c', 'o', 'n', 'd', ' ', 'l', 'i', 'n', 'e', '\n'])
// CHECK: same: true
// CHECK: UTF-8 bytes: 37 for 31 characters, 195 182
// CHECK: ill-formed: Wrappers.Result.Failure(['C', 'o', 'u', 'l', 'd', ' ', 'n', 'o', 't', ' ', 'd', 'e', 'c', 'o', 'd', 'e', ' ', 'b', 'y', 't', 'e', ' ', 'a', 't', ' ', 'i', 'n', 'd', 'e', 'x', ' ', '2'])
// CHECK: empty text: Wrappers.Outcome.Pass Wrappers.Result.Success([])
// CHECK: missing: true true
// CHECK: directory: true
// CHECK: empty path: true
// CHECK: missing text: true
// CHECK: write empty path: true
// CHECK: write under a file: true
// CHECK: write a directory: true
// CHECK: write text under a file: true true
