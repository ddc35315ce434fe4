// RUN: test
// Expected output recorded from Dafny 4.11: dafny test at_attributes.dfy
// Dafny 4.9's @-attributes: each built-in one stands for its {:attribute}.
@NativeUInt8
newtype Byte = x: int | 0 <= x < 256

@Axiom
lemma Assumed(n: int)
  ensures n * n >= 0

@IsolateAssertions
method Squares(n: int) returns (r: int)
  ensures r >= 0
{
  Assumed(n);
  r := n * n;
}

@Test
method PassingTest() {
  var b: Byte := 200;
  expect b as int + 55 == 255;
  print "passing\n";
}

@Test
method FailingTest() {
  var r := Squares(3);
  expect r == 10, "nine is not ten";
}

@Compile(false)
method NotCompiled() {
  print "never\n";
}

@Fuel(3)
@TailRecursion
method Count(n: nat) returns (r: nat)
  ensures r == n
{
  r := n;
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 0 errors
// CHECK: PassingTest: passing
// CHECK: PASSED
// CHECK: FailingTest: FAILED
// CHECK: 	at_attributes.dfy(29,2): nine is not ten
// CHECK: [Program halted] at_attributes.dfy(4,0): Test failures occurred: see above.
// CHECK:
