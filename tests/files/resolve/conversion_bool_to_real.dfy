// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(b: bool) returns (r: real) {
  r := b as real;
}

// CHECK-EXIT: 2
// CHECK: conversion_bool_to_real.dfy(4,9): Error: type conversion to a real-based type is allowed only from numeric and bitvector types, char, and ORDINAL (got bool)
// CHECK: 1 resolution/type errors detected in conversion_bool_to_real.dfy
