// RUN: verify --show-snippets false
// Abstract types with type parameters (a sort per instantiation) and with members (their value
// is `this`), in an abstract module and refined by a module that defines them. A refining
// module's inherited declarations are not verified again (Last and MakeLast in SeqContainer),
// as in Dafny. Expected output is Dafny 4.11's.
abstract module A {
  type T<X>
  function Size<X>(t: T<X>): nat
  function Get<X>(t: T<X>, i: nat): X requires i < Size(t)
  lemma SizeOk<X>(t: T<X>) ensures Size(t) >= 0 {}
  function First<X>(t: T<X>): X requires Size(t) > 0 { Get(t, 0) }
  function Bad<X>(t: T<X>): X { Get(t, 0) }
  method Use(a: T<int>, b: T<bool>) requires Size(a) > 1 && Size(b) == Size(a) {
    var x := Get(a, 1);
    var y := Get(b, 1);
    assert Size(a) == Size(b);
    var z := Get(b, 2);
  }
  type Opq(==) {
  function F(): int { 3 }
  function G(): int { 10 / (F() - 3) }
  predicate Same(o: Opq) { o == this }
}
  type Box<A> {
  function Val(): int
  function Twice(): int { Val() * 2 }
  lemma TwiceEven() ensures Twice() % 2 == 0 {}
}
  method M(o: Opq, b: Box<int>) {
  assert o.F() == 3;
  assert o.Same(o);
  b.TwiceEven();
  assert b.Twice() == 2 * b.Val();
}
}
abstract module Container {
  type T<X>
  function Size<X>(t: T<X>): nat
  function Get<X>(t: T<X>, i: nat): X requires i < Size(t)
  function Make<X>(x: X): (t: T<X>) ensures Size(t) == 1 && Get(t, 0) == x
  function Last<X>(t: T<X>): X requires Size(t) > 0 { Get(t, Size(t) - 1) }
  lemma MakeLast<X>(x: X) ensures Last(Make(x)) == x {}
}
module SeqContainer refines Container {
  type T<X> = seq<X>
  function Size<X>(t: T<X>): nat { |t| }
  function Get<X>(t: T<X>, i: nat): X { t[i] }
  function Make<X>(x: X): (t: T<X>) { [x] }
}
module Client {
  import C = SeqContainer
  method Main() {
    var t := C.Make(5);
    print C.Last(t), " ", C.Size(t), "\n";
    C.MakeLast(7);
    assert C.Last(C.Make(7)) == 7;
  }
}

// CHECK-EXIT: 4
// CHECK: opaque_type_parameters.dfy(12,35): Error: function precondition could not be proved
// CHECK: opaque_type_parameters.dfy(9,49): Related location: this proposition could not be proved
// CHECK: opaque_type_parameters.dfy(17,16): Error: function precondition could not be proved
// CHECK: opaque_type_parameters.dfy(9,49): Related location: this proposition could not be proved
// CHECK: opaque_type_parameters.dfy(21,25): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 13 verified, 3 errors
