// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(b: bool) {
  var x := b as int;
}

// CHECK-EXIT: 2
// CHECK: conversion_from_bool.dfy(4,13): Error: type conversion to an int-based type is allowed only from numeric and bitvector types, char, and ORDINAL (got bool)
// CHECK: 1 resolution/type errors detected in conversion_from_bool.dfy
