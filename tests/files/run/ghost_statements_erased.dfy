// RUN: run --no-verify
// An if statement whose branches compile to nothing, and a loop whose body compiles to nothing
// (without `decreases *`), are ghost in Dafny and erased: their guards are not compiled, so they
// may compare functions, which have no equality at run time (`f == g` in compiled code is an
// error, resolve/function_equality.dfy). Expected output checked against Dafny 4.11
// (`dafny run --no-verify`).
function Inc(x: int): int { x + 1 }
method Main() {
  var f := Inc;
  var g: int -> int := x => x + 1;
  if f == g { assert true; }
  if f != g { ghost var k := 1; } else { assert true; }
  var n := 0;
  while f != g && n < 0 { }
  while n < 3 { n := n + 1; }
  if n == 3 { assert n == 3; } else if n < 0 { print "negative\n"; }
  print "done ", n, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: done 3
