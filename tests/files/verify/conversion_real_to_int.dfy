// RUN: verify --show-snippets false
// Converting a real to an integer type needs an integer value (Dafny's IsInteger); into char
// it must also fit. The expectations are Dafny 4.11's output.
method ToInt(r: real) returns (i: int) {
  i := r as int;
}
method ToChar(r: real) returns (c: char) {
  c := r as char;
}
method ToNat(r: real) returns (n: nat) {
  n := r as nat;
}
method Ok(x: int) returns (i: int, c: char) {
  var r := x as real;
  i := r as int;
  c := 65.0 as char;
}
type Pos = x: int | x > 0 witness 1
method ToPos(i: int) returns (p: Pos) {
  p := i as Pos;
}

// CHECK-EXIT: 4
// CHECK: conversion_real_to_int.dfy(5,9): Error: the real-based number must be an integer (if you want truncation, apply .Floor to the real-based number)
// CHECK: conversion_real_to_int.dfy(8,9): Error: real value to be converted might not fit in char
// CHECK: conversion_real_to_int.dfy(8,9): Error: the real-based number must be an integer (if you want truncation, apply .Floor to the real-based number)
// CHECK: conversion_real_to_int.dfy(11,9): Error: result of operation might violate subset type constraint for 'nat'
// CHECK: conversion_real_to_int.dfy(11,9): Error: the real-based number must be an integer (if you want truncation, apply .Floor to the real-based number)
// CHECK: conversion_real_to_int.dfy(20,9): Error: result of operation might violate subset type constraint for 'Pos'
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 6 errors
