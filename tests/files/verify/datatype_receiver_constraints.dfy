// RUN: verify --show-snippets false
// The `this` of a datatype's member function or method is a value of the datatype, with its
// fields' constraints (a nat field is not negative). Expected output is Dafny 4.11's.
datatype D = A(n: nat) | B(b: bool)
{
  function Ord(): ORDINAL {
    match this
    case A(n) => n as ORDINAL
    case B(_) => 0
  }
  opaque function HiddenOrd(): ORDINAL {
    match this
    case A(n) => n as ORDINAL
    case B(_) => 0
  }
  method Quotient() returns (r: int) requires A? { r := 100 / (n + 1); }
  function Bad(): int requires A? { 100 / (n - 1) }
}

// CHECK-EXIT: 4
// CHECK: datatype_receiver_constraints.dfy(17,40): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
