// RUN: verify --show-snippets false
// A function on a datatype whose precondition is not met by the caller.
datatype Option<T> = None | Some(value: T)
function Unwrap<T>(o: Option<T>): T
  requires o.Some?
{
  o.value
}
method M(o: Option<int>) returns (x: int) {
  x := Unwrap(o);
}

// CHECK-EXIT: 4
// CHECK: neg_datatype_discriminator_requires.dfy(10,13): Error: function precondition could not be proved
// CHECK: neg_datatype_discriminator_requires.dfy(5,13): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
