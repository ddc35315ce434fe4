// RUN: verify --show-snippets false
// A function's result of a class type is an object of that class (Dafny's $Is of the result
// in the function's consequence axiom): results of different classes are different objects.
// So is each element of a sequence of a class's objects.
class A { var x: int }
class B { var y: int }

function Fa(a: A): A
function Fb(b: B): B
function MaybeA(a: A?): A?

method Differ(o1: object, o2: object) requires o1 != o2 {}
method DifferN(o1: object?, o2: object?) requires o1 != o2 || o1 == null {}

method Results(a: A, b: B) {
  Differ(Fa(a), Fb(b));
  Differ(Fa(a), b);
}

method NullableResult(a: A?, b: B) {
  DifferN(MaybeA(a), b);
}

method SeqElement(s: seq<A>, b: B)
  requires |s| > 0
{
  Differ(s[0], b);
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 0 errors
