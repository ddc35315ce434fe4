// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  while true
}

// CHECK-EXIT: 2
// CHECK: while_missing_body.dfy(4,2): Warning: this loop has no body
// CHECK: Compilation failed because warnings were found and --allow-warnings is false
