// RUN: run --no-verify --show-snippets false
// Static members of generic types named through a qualifier with type arguments
// (`C<int>.Twice(3)`): the C++ names the instantiation, `C<dfy::Int>::Twice`; a static const
// of a generic type is a template member, computed once per instantiation. Expected output
// checked against Dafny 4.11 (`dafny run --no-verify`).
module M {
  class Cell<T> {
    static const Unit: int := 1
    static function Twice(x: int): int { 2 * x }
    static method Greet(n: int) { print "greet ", n, "\n"; }
    static method Hello(n: int) returns (r: int) {
      print "hello ", n, " ", Unit, "\n";
      r := Twice(n) + Cell<bool>.Unit;
    }
  }
}

class C<T> {
  static const K: int := 7
  static const Empty: seq<int> := []
  static function Twice(x: int): int { 2 * x }
  static method Both(x: int) returns (a: int, b: int) { a := x; b := C<T>.Twice(x); }
}

datatype D<T> = A | B(t: T) {
  static const Name: string := "D"
  static function Zero(): int { 0 }
}

method Main() {
  print C<int>.Twice(3), " ", C<bool>.K, " ", C<real>.Empty, " ", D<real>.Zero(), "\n";
  print D<char>.Name, " ", D<int>.Name, "\n";
  var r := M.Cell<string>.Hello(4);
  M.Cell<int>.Greet(5);
  var a, b := C<seq<int>>.Both(6);
  print r, " ", a, " ", b, "\n";
  var f := C<int>.Twice;
  print f(10), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 6 7 [] 0
// CHECK: D D
// CHECK: hello 4 1
// CHECK: greet 5
// CHECK: 9 6 12
// CHECK: 20
