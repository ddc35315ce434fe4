// RUN: run --show-snippets false
// A call of the value a function call returns, `Add(x, y)(z)` (Std.Parsers applies parsers so:
// `Concat(left, right)(input)`), in a function, a lemma's postcondition and a method. Expected
// output recorded from Dafny 4.11: `dafny run`.
module M {
  function Add(x: int, y: int): int -> int { (z: int) => x + y + z }
  opaque function Twice<T>(f: T -> T): T -> T { (t: T) => f(f(t)) }
  function Apply3(x: int): int { Add(x, 1)(2) }
  lemma AddThree(x: int, y: int, z: int)
    ensures Add(x, y)(z) == x + y + z
  {}
  lemma TwiceAdd(x: int)
    ensures Twice(Add(1, 2))(x) == x + 6
  {
    reveal Twice();
  }
  method Main() {
    print Add(1, 2)(3), " ", Apply3(10), " ", Twice(Add(0, 1))(5), " ", Twice<int>((n: int) => n * n)(3), "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
// CHECK: 6 13 7 81
