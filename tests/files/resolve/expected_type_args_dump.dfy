// RUN: resolve --dump-types
// The type arguments Dafny 4.11 infers from the expected type (checked against the Boogie
// program `dafny /print` writes, where Map's U is Tclass._System.nat or TInt): U := nat where
// the arguments give a nat or a literal, U := int where one gives an int, and nothing from
// the left operand of == (only a hint).
type Parser<+R> = int -> R
function Map<R, U>(p: Parser<R>, f: R -> U): Parser<U> { x => f(p(x)) }
function Single<T>(x: T): seq<T> { [x] }
function Digit(): Parser<char> { x => 'a' }

function Nat(): Parser<nat> { Map(Digit(), (c: char) => var n: nat := 3; n) }
function Lit(): Parser<nat> { Map(Digit(), c => 3) }
function Int(y: int): Parser<nat> { Map(Digit(), c => y) }
function Nested(x: nat): seq<seq<nat>> { Single(Single(x)) }
predicate Hint(s: seq<nat>) { s == Single(5) }

// CHECK-EXIT: 0
// CHECK: expected_type_args_dump.dfy(7,19): var in p: int -> R
// CHECK: expected_type_args_dump.dfy(7,33): var in f: R -> U
// CHECK: expected_type_args_dump.dfy(7,57): expr Lambda `x => f(p(x))`: int -> U
// CHECK: expected_type_args_dump.dfy(7,57): var bound x: int
// CHECK: expected_type_args_dump.dfy(7,62): expr Call `f(p(x))`: U
// CHECK: expected_type_args_dump.dfy(7,62): expr Name `f`: R -> U
// CHECK: expected_type_args_dump.dfy(7,64): expr Call `p(x)`: R
// CHECK: expected_type_args_dump.dfy(7,64): expr Name `p`: int -> R
// CHECK: expected_type_args_dump.dfy(7,66): expr Name `x`: int
// CHECK: expected_type_args_dump.dfy(8,19): var in x: T
// CHECK: expected_type_args_dump.dfy(8,35): expr SeqDisplay `[x]`: seq<T>
// CHECK: expected_type_args_dump.dfy(8,36): expr Name `x`: T
// CHECK: expected_type_args_dump.dfy(9,33): expr Lambda `x => 'a'`: int -> char
// CHECK: expected_type_args_dump.dfy(9,33): var bound x: int
// CHECK: expected_type_args_dump.dfy(9,38): expr CharLiteral `'a'`: char
// CHECK: expected_type_args_dump.dfy(11,30): expr Call `Map(Digit(), (c: char) => var n: nat := ...`: int -> nat
// CHECK: expected_type_args_dump.dfy(11,30): expr Name `Map`: (int -> char, char -> nat) -> int -> nat
// CHECK: expected_type_args_dump.dfy(11,34): expr Call `Digit()`: int -> char
// CHECK: expected_type_args_dump.dfy(11,34): expr Name `Digit`: () -> int -> char
// CHECK: expected_type_args_dump.dfy(11,43): expr Lambda `(c: char) => var n: nat := 3; n`: char -> nat
// CHECK: expected_type_args_dump.dfy(11,44): var bound c: char
// CHECK: expected_type_args_dump.dfy(11,56): expr Let `var n: nat := 3; n`: nat
// CHECK: expected_type_args_dump.dfy(11,60): var bound n: nat
// CHECK: expected_type_args_dump.dfy(11,70): expr IntLiteral `3`: int
// CHECK: expected_type_args_dump.dfy(11,73): expr Name `n`: nat
// CHECK: expected_type_args_dump.dfy(12,30): expr Call `Map(Digit(), c => 3)`: int -> nat
// CHECK: expected_type_args_dump.dfy(12,30): expr Name `Map`: (int -> char, char -> nat) -> int -> nat
// CHECK: expected_type_args_dump.dfy(12,34): expr Call `Digit()`: int -> char
// CHECK: expected_type_args_dump.dfy(12,34): expr Name `Digit`: () -> int -> char
// CHECK: expected_type_args_dump.dfy(12,43): expr Lambda `c => 3`: char -> int
// CHECK: expected_type_args_dump.dfy(12,43): var bound c: char
// CHECK: expected_type_args_dump.dfy(12,48): expr IntLiteral `3`: int
// CHECK: expected_type_args_dump.dfy(13,13): var in y: int
// CHECK: expected_type_args_dump.dfy(13,36): expr Call `Map(Digit(), c => y)`: int -> int
// CHECK: expected_type_args_dump.dfy(13,36): expr Name `Map`: (int -> char, char -> int) -> int -> int
// CHECK: expected_type_args_dump.dfy(13,40): expr Call `Digit()`: int -> char
// CHECK: expected_type_args_dump.dfy(13,40): expr Name `Digit`: () -> int -> char
// CHECK: expected_type_args_dump.dfy(13,49): expr Lambda `c => y`: char -> int
// CHECK: expected_type_args_dump.dfy(13,49): var bound c: char
// CHECK: expected_type_args_dump.dfy(13,54): expr Name `y`: int
// CHECK: expected_type_args_dump.dfy(14,16): var in x: nat
// CHECK: expected_type_args_dump.dfy(14,41): expr Call `Single(Single(x))`: seq<seq<nat>>
// CHECK: expected_type_args_dump.dfy(14,41): expr Name `Single`: seq<nat> -> seq<seq<nat>>
// CHECK: expected_type_args_dump.dfy(14,48): expr Call `Single(x)`: seq<nat>
// CHECK: expected_type_args_dump.dfy(14,48): expr Name `Single`: nat -> seq<nat>
// CHECK: expected_type_args_dump.dfy(14,55): expr Name `x`: nat
// CHECK: expected_type_args_dump.dfy(15,15): var in s: seq<nat>
// CHECK: expected_type_args_dump.dfy(15,30): expr Binary `s == Single(5)`: bool
// CHECK: expected_type_args_dump.dfy(15,30): expr Name `s`: seq<nat>
// CHECK: expected_type_args_dump.dfy(15,35): expr Call `Single(5)`: seq<int>
// CHECK: expected_type_args_dump.dfy(15,35): expr Name `Single`: int -> seq<int>
// CHECK: expected_type_args_dump.dfy(15,42): expr IntLiteral `5`: int
