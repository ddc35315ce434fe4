// RUN: run --no-verify --standard-libraries true
// Std.Collections.Set. Expected output recorded from Dafny 4.11 (`dafny run --no-verify
// --standard-libraries true`, with Dafny's own standard library). Pending: dfyc does not compile
// let-such-that expressions (ExtractFromSingleton) yet.
import Std.Collections.Set

method Main() {
  var s := {1, 2, 3};
  print |Set.Filter(x => x != 2, s)|, " ", Set.ExtractFromSingleton({42}), " ", |Set.SetRange(3, 10)|, "\n";
  print 5 in Set.SetRange(3, 10), " ", 10 in Set.SetRange(3, 10), " ", |Set.SetRangeZeroBound(4)|, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 2 42 7
// CHECK: true false 4
