// RUN: run --no-verify --allow-warnings --show-snippets false
// Erasable datatype wrappers: Dafny compiles a datatype with one non-ghost constructor of one
// non-ghost formal (no parent traits, no non-ghost const members, not {:extern}, not
// containing itself) as the wrapped value, so that is what print shows; a wrapper of a string
// at top level prints as the string. Expected output recorded from Dafny 4.11 (C#).
datatype W = W(x: int)
datatype S = S(s: string)
datatype G = G(a: int, ghost b: int)
datatype N = N(w: W)
datatype R = R(r: seq<R>)
datatype T = T(x: int) { const k: int := 5 }
datatype U<A> = U(u: A)
datatype Two = A(x: int) | B
datatype Q = Q(x: int) { predicate Pos() { x > 0 } }
datatype P = P(a: S, b: int)
datatype Un = Un(int)
datatype C = C(c: char)
datatype Gh = Gh(x: int) | ghost Other(y: int)
module M { datatype Id = Id(n: nat) }

method Main() {
  print W(3), " ", [W(1), W(2)], " ", {W(5), W(4)}, "\n";
  print S("hi"), " ", [S("a")], "\n";
  print G(7, 8), " ", N(W(9)), " ", R([]), " ", T(1), " ", U(true), " ", U("s"), "\n";
  print A(1), " ", Q(2), " ", Q(2).Pos(), " ", W(3) == W(3), " ", W(3).x, "\n";
  var m := map[W(1) := S("v")];
  print m, " ", (W(2), 3), "\n";
  print P(S("q"), 1), " ", Un(4), " ", C('z'), " ", [C('y')], "\n";
  print U(S("in")), " ", U(U(5)), " ", Gh(6), " ", M.Id(8), " ", [M.Id(9)], "\n";
  var u: U<string> := U("gen");
  print u, "\n";
  print {S("b"), S("a")}, " ", multiset{Un(2), Un(2)}, " ", {W(-1), W(70000)}, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 3 [1, 2] {4, 5}
// CHECK: hi [['a']]
// CHECK: 7 9 R.R([]) T.T(1) true s
// CHECK: Two.A(1) 2 true true 3
// CHECK: map[1 := ['v']] (2, 3)
// CHECK: P.P(['q'], 1) 4 'z' ['y']
// CHECK: in 5 6 8 [9]
// CHECK: gen
// CHECK: {['a'], ['b']} multiset{2, 2} {-1, 70000}
