// RUN: verify --show-snippets false
// A {:concurrent} method or function reads and modifies nothing (ConcurrentFrameEmpty).
// Dafny 4.11's output.
class C { var f: int }
method {:concurrent} M(c: C) modifies c { }
function {:concurrent} F(c: C): int reads c { 0 }
function {:concurrent} G(c: C): int { 0 }
function {:concurrent} H(c: C?): int reads if c == null then {} else {c} { 0 }

// CHECK-EXIT: 4
// CHECK: concurrent_frames.dfy(5,21): Error: reads clause could not be proved to be empty ({:concurrent} restriction)
// CHECK: concurrent_frames.dfy(6,23): Error: reads clause could not be proved to be empty ({:concurrent} restriction)
// CHECK: concurrent_frames.dfy(8,23): Error: reads clause could not be proved to be empty ({:concurrent} restriction)
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 3 errors
