// RUN: run --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run main_args.dfy.
// Main(args: seq<string>): args[0] is the program, then the command-line arguments (none here).
method Main(args: seq<string>)
{
  print |args|, "\n";
  if |args| >= 1 {
    print args[1..], " ", |args[0]| > 0, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
// CHECK: 1
// CHECK: [] true
