// RUN: verify --show-snippets false --allow-warnings
// A function whose result is of a non-null class type (body-less or not, in a trait or not)
// gives a value that is not null; one of a nullable type (D?) may give null. Expected errors
// are Dafny 4.11's (`dafny verify --show-snippets false`).
class D {
  var x: int
}

trait T {
  ghost function Get(): D
  ghost predicate P()
    reads Get()
  {
    Get().x == 0
  }
  ghost function MaybeGet(): D?
  ghost predicate Q()
    reads MaybeGet()
  {
    MaybeGet().x == 0
  }
}

ghost function Top(): D
ghost predicate R()
  reads Top()
{
  Top().x == 0
}

function Pick(a: D, b: D, first: bool): D {
  if first then a else b
}

method M(a: D, b: D)
  modifies Pick(a, b, true)
{
  Pick(a, b, true).x := 1;
}

// CHECK-EXIT: 4
// CHECK: function_result_non_null.dfy(20,15): Error: target object might be null
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
