// RUN: verify --show-snippets false
// A generic function call's type argument that the expected type pins to a subset type is
// that type when the arguments allow it, as Dafny 4.11 infers it. The errors below are Dafny
// 4.11's, word for word; its summary line reads 6 verified, 5 errors (it counts one more task).
// The functions are opaque, so only the type arguments make the results subset-typed.
type Parser<+R> = int -> R

opaque function Map<R, U>(p: Parser<R>, f: R -> U): Parser<U> { x => f(p(x)) }
function Digit(): Parser<char> { x => 'a' }
opaque function Single<T>(x: T): seq<T> { [x] }
opaque function Empty<T>(): seq<T> { [] }
opaque function Pair<T>(x: T, y: T): seq<T> { [x, y] }

// Verifies: U := nat, the lambda returns a nat.
function DigitNumber(): Parser<nat> {
  Map(Digit(), (c: char) => var n: nat := 3; n)
}

// Verifies: U := nat, the literal is checked to be a nat.
function Three(): Parser<nat> { Map(Digit(), c => 3) }

// Error: U := nat, and -1 is no nat.
function MinusOne(): Parser<nat> { Map(Digit(), c => -1) }

// Error: the lambda returns an int, so U := int and the result is no Parser<nat>.
function FromInt(y: int): Parser<nat> { Map(Digit(), c => var n := y; n) }

// Verify: T := nat.
function A(): seq<nat> { Single(3) }
function E(): seq<nat> { Empty() }
function M(x: nat): seq<nat> { Pair(x, 3) }
function O(x: nat): seq<seq<nat>> { Single(Single(x)) }
function I(b: bool): seq<nat> { if b then Single(3) else Single(4) }
method H() { var s: seq<nat>; s := Single(9); }

// Error: -1 is no nat.
function A2(): seq<nat> { Single(-1) }

// Error: x + 1 is an int, so T := int.
function N(x: nat): seq<nat> { Pair(x, x + 1) }

// The left operand's type is only a hint for the right one: T := int, and the assertion fails.
method C3(s: seq<nat>) { assert s != Single(-1); }

// Verifies: without an expected type, T := nat, the type of the argument.
function Lower(x: nat): seq<nat> { var s := Single(x); s }

// CHECK-EXIT: 4
// CHECK: expected_type_args_subset.dfy(23,48): Error: value does not satisfy the subset constraints of 'char -> nat' (possible cause: it may be partial or have read effects)
// CHECK: expected_type_args_subset.dfy(26,43): Error: value does not satisfy the subset constraints of 'int -> nat' (possible cause: it may be partial or have read effects)
// CHECK: expected_type_args_subset.dfy(37,33): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: expected_type_args_subset.dfy(40,35): Error: value of expression (of type 'seq<int>') is not known to be an instance of type 'seq<nat>'
// CHECK: expected_type_args_subset.dfy(43,25): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 5 errors
