// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(b: bool) returns (c: char) {
  c := b as char;
}

// CHECK-EXIT: 2
// CHECK: conversion_bool_to_char.dfy(4,9): Error: type conversion to a char type is allowed only from numeric and bitvector types, char, and ORDINAL (got bool)
// CHECK: 1 resolution/type errors detected in conversion_bool_to_char.dfy
