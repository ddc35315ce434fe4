// RUN: run --standard-libraries true
// Std.Functions from a user program: injectivity, commutativity and associativity of function
// values, total (->) and partial (-->). Expected output recorded from Dafny 4.11 (`dafny run
// --standard-libraries true`, with Dafny's own standard library), which verifies the program
// first; dfyc verifies it with its library in library mode.
import opened Std.Functions

function Double(x: int): int { 2 * x }

lemma DoubleIsInjective()
  ensures Injective(Double)
{}

lemma AddIsCommutativeAndAssociative()
  ensures Commutative((x: int, y: int) => x + y)
  ensures Associative((x: int, y: int) => x + y)
{}

lemma MaxIsAssociative()
  ensures Associative((x: int, y: int) => if x < y then y else x)
{}

// A partial function whose precondition holds everywhere.
lemma PartialIsInjective()
  ensures Injective((x: int) requires true => x + 1)
{}

lemma SubIsNotCommutative()
  ensures !Commutative((x: int, y: int) => x - y)
{
  var sub := (x: int, y: int) => x - y;
  assert sub(1, 0) != sub(0, 1);
}

method Main() {
  var f := (x: int, y: int) => x * y;
  assert Commutative(f);
  print f(6, 7), " ", Double(21), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 11 verified, 0 errors
// CHECK: 42 42
