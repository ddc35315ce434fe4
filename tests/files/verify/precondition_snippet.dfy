// RUN: verify
function Dec(n: nat): nat
  requires n > 0
{
  n - 1
}
method Main() {
  var z := Dec(0);
  print z, "\n";
}

// CHECK-EXIT: 4
// CHECK: precondition_snippet.dfy(8,14): Error: function precondition could not be proved
// CHECK:   |
// CHECK: 8 |   var z := Dec(0);
// CHECK:   |               ^
// CHECK:
// CHECK: precondition_snippet.dfy(3,13): Related location: this proposition could not be proved
// CHECK:   |
// CHECK: 3 |   requires n > 0
// CHECK:   |              ^
// CHECK:
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
