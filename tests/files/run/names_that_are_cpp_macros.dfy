// RUN: run --no-verify --show-snippets false
// Dafny names that are macros of the C/C++ headers (INT8_MIN, EOF, ...) are escaped.
// Expected output recorded from Dafny 4.11.
const INT8_MIN: int := -128
const UINT8_MAX: int := 255
method Main() {
  var assert_ := 1;
  var EOF := 2;
  print INT8_MIN, " ", UINT8_MAX, " ", EOF, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: -128 255 2
