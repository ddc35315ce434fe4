// RUN: resolve --show-snippets false
// Set and map comprehensions must be finite by Dafny's heuristics: a bound variable is bounded
// by its type (bool, char, an enumeration, a subset type or newtype whose constraint bounds
// it), by `x in e`, `x == e`, `x <= s`, or a lower and an upper integer bound among the
// conjuncts of the range; disjunctions, bitvectors and reals bound nothing. Unbounded ones are
// resolution errors (dfyc verified them, as finite sets). Expected output is Dafny 4.11's
// (`dafny resolve --show-snippets false`).
newtype byte = x | 0 <= x < 256
type small = x: int | 0 <= x < 10
datatype Color = Red | Green | Blue
datatype L = Nil | Cons(int, L)
class C { var f: int }
ghost function A(): set<byte> { set x: byte | true }
ghost function B(): set<small> { set x: small | true }
ghost function D(): set<Color> { set x: Color | true }
ghost function E(): set<L> { set x: L | true }
ghost function F(): set<bool> { set x: bool | true }
ghost function G(): set<char> { set x: char | true }
ghost function H(): set<bv8> { set x: bv8 | true }
ghost function K(n: nat): set<nat> { set x: nat | x < n }
ghost function M(n: int): set<int> { set x | 0 <= x < n || x == 7 }
ghost function N(s: seq<int>): set<int> { set x | x in s && x > 0 }
ghost function O(s: set<int>): set<set<int>> { set x | x <= s }
ghost function P(s: set<int>): set<int> { set x, y | x in s && 0 <= y < x :: x + y }
ghost function Q(m: map<int,int>): set<int> { set x | x in m.Keys }
ghost function R(n: int): set<int> { set x | x == n + 1 }
ghost function S(n: int): set<int> { set x | x > n && x < n + 5 }
ghost function T(n: int): set<int> { set x | x > n }
ghost function V(s: set<int>): set<(int,int)> { set x, y | x in s && y == x + 1 :: (x, y) }
ghost function W(n: int): set<int> { set x | 0 <= x && (x < n ==> x < 5) }
ghost function X(s: seq<int>): set<int> { set i | 0 <= i < |s| :: s[i] }
ghost function Y(n: int): set<int> { set x {:trigger x} | x in {1,2,3} }
ghost function Z(n: int): map<int,int> { map x | 0 <= x < n :: x * 2 }
ghost function Z2(n: int): imap<int,int> { imap x | 0 <= x :: x * 2 }
ghost function Z3(n: int): iset<int> { iset x | 0 <= x }
ghost function Z4(s: set<int>): set<int> { set x | x in s || x == 0 }
ghost function Z5(s: set<int>): set<int> { set x | !(x !in s) }
ghost function Z6(n: int): set<int> { set x | n <= x <= n + 3 }
ghost function Z7(s: set<int>): set<int> { set x | x in s && x < 10 :: x }
ghost function Z8(n: int): set<real> { set x: real | 0.0 <= x <= 1.0 }
method Mm() { var q := set x | 0 <= x < 5 && x != 3; }
ghost function Mx(n: int): map<int, int> { map x | x > n :: x }

// CHECK-EXIT: 2
// CHECK: comprehension_finite.dfy(16,29): Error: the result of a set comprehension must be finite, but Dafny's heuristics can't figure out how to produce a bounded set of values for 'x'
// CHECK: comprehension_finite.dfy(19,31): Error: the result of a set comprehension must be finite, but Dafny's heuristics can't figure out how to produce a bounded set of values for 'x'
// CHECK: comprehension_finite.dfy(21,37): Error: the result of a set comprehension must be finite, but Dafny's heuristics can't figure out how to produce a bounded set of values for 'x'
// CHECK: comprehension_finite.dfy(28,37): Error: the result of a set comprehension must be finite, but Dafny's heuristics can't figure out how to produce a bounded set of values for 'x'
// CHECK: comprehension_finite.dfy(30,37): Error: the result of a set comprehension must be finite, but Dafny's heuristics can't figure out how to produce a bounded set of values for 'x'
// CHECK: comprehension_finite.dfy(36,43): Error: the result of a set comprehension must be finite, but Dafny's heuristics can't figure out how to produce a bounded set of values for 'x'
// CHECK: comprehension_finite.dfy(40,39): Error: the result of a set comprehension must be finite, but Dafny's heuristics can't figure out how to produce a bounded set of values for 'x'
// CHECK: comprehension_finite.dfy(42,43): Error: the result of a map comprehension must be finite, but Dafny's heuristics can't figure out how to produce a bounded set of values for 'x'
// CHECK: 8 resolution/type errors detected in comprehension_finite.dfy
