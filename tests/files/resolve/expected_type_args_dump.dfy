// RUN: resolve --dump-types
// The type arguments Dafny 4.11 infers from the expected type (checked against the Boogie
// program `dafny /print` writes, where Map's U is Tclass._System.nat or TInt): U := nat where
// the arguments give a nat or a literal, U := int where one gives an int, and nothing from
// the left operand of == (only a hint). Without a pinning expected type, a type argument is the
// subset type the arguments give at its covariant places (Wider, Lower, and Bind's L in BindNat
// and BindInt, where the lambda's parameter type is contravariant).
type Parser<+R> = int -> R
function Map<R, U>(p: Parser<R>, f: R -> U): Parser<U> { x => f(p(x)) }
function Bind<L, R>(p: Parser<L>, f: L -> Parser<R>): Parser<R> { x => f(p(x))(x) }
function NatP(): Parser<nat> { x => 3 }
function Single<T>(x: T): seq<T> { [x] }
function Digit(): Parser<char> { x => 'a' }

function Nat(): Parser<nat> { Map(Digit(), (c: char) => var n: nat := 3; n) }
function Lit(): Parser<nat> { Map(Digit(), c => 3) }
function Int(y: int): Parser<nat> { Map(Digit(), c => y) }
function Nested(x: nat): seq<seq<nat>> { Single(Single(x)) }
predicate Hint(s: seq<nat>) { s == Single(5) }
function Wider(): Parser<int> { Map(Digit(), (c: char) => var n: nat := 3; n) }
function Lower(x: nat): seq<int> { var s := Single(x); s }
function BindNat(): Parser<int> { Bind(NatP(), (n: nat) => Map(Digit(), (c: char) => n - 1)) }
function BindInt(): Parser<int> { Bind(NatP(), (n: int) => Map(Digit(), (c: char) => n - 1)) }

// CHECK-EXIT: 0
// CHECK: expected_type_args_dump.dfy(9,19): var in p: int -> R
// CHECK: expected_type_args_dump.dfy(9,33): var in f: R -> U
// CHECK: expected_type_args_dump.dfy(9,57): expr Lambda `x => f(p(x))`: int -> U
// CHECK: expected_type_args_dump.dfy(9,57): var bound x: int
// CHECK: expected_type_args_dump.dfy(9,62): expr Call `f(p(x))`: U
// CHECK: expected_type_args_dump.dfy(9,62): expr Name `f`: R -> U
// CHECK: expected_type_args_dump.dfy(9,64): expr Call `p(x)`: R
// CHECK: expected_type_args_dump.dfy(9,64): expr Name `p`: int -> R
// CHECK: expected_type_args_dump.dfy(9,66): expr Name `x`: int
// CHECK: expected_type_args_dump.dfy(10,20): var in p: int -> L
// CHECK: expected_type_args_dump.dfy(10,34): var in f: L -> int -> R
// CHECK: expected_type_args_dump.dfy(10,66): expr Lambda `x => f(p(x))(x)`: int -> R
// CHECK: expected_type_args_dump.dfy(10,66): var bound x: int
// CHECK: expected_type_args_dump.dfy(10,71): expr Call `f(p(x))(x)`: R
// CHECK: expected_type_args_dump.dfy(10,71): expr Call `f(p(x))`: int -> R
// CHECK: expected_type_args_dump.dfy(10,71): expr Name `f`: L -> int -> R
// CHECK: expected_type_args_dump.dfy(10,73): expr Call `p(x)`: L
// CHECK: expected_type_args_dump.dfy(10,73): expr Name `p`: int -> L
// CHECK: expected_type_args_dump.dfy(10,75): expr Name `x`: int
// CHECK: expected_type_args_dump.dfy(10,79): expr Name `x`: int
// CHECK: expected_type_args_dump.dfy(11,31): expr Lambda `x => 3`: int -> int
// CHECK: expected_type_args_dump.dfy(11,31): var bound x: int
// CHECK: expected_type_args_dump.dfy(11,36): expr IntLiteral `3`: int
// CHECK: expected_type_args_dump.dfy(12,19): var in x: T
// CHECK: expected_type_args_dump.dfy(12,35): expr SeqDisplay `[x]`: seq<T>
// CHECK: expected_type_args_dump.dfy(12,36): expr Name `x`: T
// CHECK: expected_type_args_dump.dfy(13,33): expr Lambda `x => 'a'`: int -> char
// CHECK: expected_type_args_dump.dfy(13,33): var bound x: int
// CHECK: expected_type_args_dump.dfy(13,38): expr CharLiteral `'a'`: char
// CHECK: expected_type_args_dump.dfy(15,30): expr Call `Map(Digit(), (c: char) => var n: nat := ...`: int -> nat
// CHECK: expected_type_args_dump.dfy(15,30): expr Name `Map`: (int -> char, char -> nat) -> int -> nat
// CHECK: expected_type_args_dump.dfy(15,34): expr Call `Digit()`: int -> char
// CHECK: expected_type_args_dump.dfy(15,34): expr Name `Digit`: () -> int -> char
// CHECK: expected_type_args_dump.dfy(15,43): expr Lambda `(c: char) => var n: nat := 3; n`: char -> nat
// CHECK: expected_type_args_dump.dfy(15,44): var bound c: char
// CHECK: expected_type_args_dump.dfy(15,56): expr Let `var n: nat := 3; n`: nat
// CHECK: expected_type_args_dump.dfy(15,60): var bound n: nat
// CHECK: expected_type_args_dump.dfy(15,70): expr IntLiteral `3`: int
// CHECK: expected_type_args_dump.dfy(15,73): expr Name `n`: nat
// CHECK: expected_type_args_dump.dfy(16,30): expr Call `Map(Digit(), c => 3)`: int -> nat
// CHECK: expected_type_args_dump.dfy(16,30): expr Name `Map`: (int -> char, char -> nat) -> int -> nat
// CHECK: expected_type_args_dump.dfy(16,34): expr Call `Digit()`: int -> char
// CHECK: expected_type_args_dump.dfy(16,34): expr Name `Digit`: () -> int -> char
// CHECK: expected_type_args_dump.dfy(16,43): expr Lambda `c => 3`: char -> int
// CHECK: expected_type_args_dump.dfy(16,43): var bound c: char
// CHECK: expected_type_args_dump.dfy(16,48): expr IntLiteral `3`: int
// CHECK: expected_type_args_dump.dfy(17,13): var in y: int
// CHECK: expected_type_args_dump.dfy(17,36): expr Call `Map(Digit(), c => y)`: int -> int
// CHECK: expected_type_args_dump.dfy(17,36): expr Name `Map`: (int -> char, char -> int) -> int -> int
// CHECK: expected_type_args_dump.dfy(17,40): expr Call `Digit()`: int -> char
// CHECK: expected_type_args_dump.dfy(17,40): expr Name `Digit`: () -> int -> char
// CHECK: expected_type_args_dump.dfy(17,49): expr Lambda `c => y`: char -> int
// CHECK: expected_type_args_dump.dfy(17,49): var bound c: char
// CHECK: expected_type_args_dump.dfy(17,54): expr Name `y`: int
// CHECK: expected_type_args_dump.dfy(18,16): var in x: nat
// CHECK: expected_type_args_dump.dfy(18,41): expr Call `Single(Single(x))`: seq<seq<nat>>
// CHECK: expected_type_args_dump.dfy(18,41): expr Name `Single`: seq<nat> -> seq<seq<nat>>
// CHECK: expected_type_args_dump.dfy(18,48): expr Call `Single(x)`: seq<nat>
// CHECK: expected_type_args_dump.dfy(18,48): expr Name `Single`: nat -> seq<nat>
// CHECK: expected_type_args_dump.dfy(18,55): expr Name `x`: nat
// CHECK: expected_type_args_dump.dfy(19,15): var in s: seq<nat>
// CHECK: expected_type_args_dump.dfy(19,30): expr Binary `s == Single(5)`: bool
// CHECK: expected_type_args_dump.dfy(19,30): expr Name `s`: seq<nat>
// CHECK: expected_type_args_dump.dfy(19,35): expr Call `Single(5)`: seq<int>
// CHECK: expected_type_args_dump.dfy(19,35): expr Name `Single`: int -> seq<int>
// CHECK: expected_type_args_dump.dfy(19,42): expr IntLiteral `5`: int
// CHECK: expected_type_args_dump.dfy(20,32): expr Call `Map(Digit(), (c: char) => var n: nat := ...`: int -> nat
// CHECK: expected_type_args_dump.dfy(20,32): expr Name `Map`: (int -> char, char -> nat) -> int -> nat
// CHECK: expected_type_args_dump.dfy(20,36): expr Call `Digit()`: int -> char
// CHECK: expected_type_args_dump.dfy(20,36): expr Name `Digit`: () -> int -> char
// CHECK: expected_type_args_dump.dfy(20,45): expr Lambda `(c: char) => var n: nat := 3; n`: char -> nat
// CHECK: expected_type_args_dump.dfy(20,46): var bound c: char
// CHECK: expected_type_args_dump.dfy(20,58): expr Let `var n: nat := 3; n`: nat
// CHECK: expected_type_args_dump.dfy(20,62): var bound n: nat
// CHECK: expected_type_args_dump.dfy(20,72): expr IntLiteral `3`: int
// CHECK: expected_type_args_dump.dfy(20,75): expr Name `n`: nat
// CHECK: expected_type_args_dump.dfy(21,15): var in x: nat
// CHECK: expected_type_args_dump.dfy(21,35): expr Let `var s := Single(x); s`: seq<nat>
// CHECK: expected_type_args_dump.dfy(21,39): var bound s: seq<nat>
// CHECK: expected_type_args_dump.dfy(21,44): expr Call `Single(x)`: seq<nat>
// CHECK: expected_type_args_dump.dfy(21,44): expr Name `Single`: nat -> seq<nat>
// CHECK: expected_type_args_dump.dfy(21,51): expr Name `x`: nat
// CHECK: expected_type_args_dump.dfy(21,55): expr Name `s`: seq<nat>
// CHECK: expected_type_args_dump.dfy(22,34): expr Call `Bind(NatP(), (n: nat) => Map(Digit(), (c...`: int -> int
// CHECK: expected_type_args_dump.dfy(22,34): expr Name `Bind`: (int -> nat, nat -> int -> int) -> int -> int
// CHECK: expected_type_args_dump.dfy(22,39): expr Call `NatP()`: int -> nat
// CHECK: expected_type_args_dump.dfy(22,39): expr Name `NatP`: () -> int -> nat
// CHECK: expected_type_args_dump.dfy(22,47): expr Lambda `(n: nat) => Map(Digit(), (c: char) => n ...`: nat -> int -> int
// CHECK: expected_type_args_dump.dfy(22,48): var bound n: nat
// CHECK: expected_type_args_dump.dfy(22,59): expr Call `Map(Digit(), (c: char) => n - 1)`: int -> int
// CHECK: expected_type_args_dump.dfy(22,59): expr Name `Map`: (int -> char, char -> int) -> int -> int
// CHECK: expected_type_args_dump.dfy(22,63): expr Call `Digit()`: int -> char
// CHECK: expected_type_args_dump.dfy(22,63): expr Name `Digit`: () -> int -> char
// CHECK: expected_type_args_dump.dfy(22,72): expr Lambda `(c: char) => n - 1`: char -> int
// CHECK: expected_type_args_dump.dfy(22,73): var bound c: char
// CHECK: expected_type_args_dump.dfy(22,85): expr Binary `n - 1`: int
// CHECK: expected_type_args_dump.dfy(22,85): expr Name `n`: nat
// CHECK: expected_type_args_dump.dfy(22,89): expr IntLiteral `1`: int
// CHECK: expected_type_args_dump.dfy(23,34): expr Call `Bind(NatP(), (n: int) => Map(Digit(), (c...`: int -> int
// CHECK: expected_type_args_dump.dfy(23,34): expr Name `Bind`: (int -> nat, nat -> int -> int) -> int -> int
// CHECK: expected_type_args_dump.dfy(23,39): expr Call `NatP()`: int -> nat
// CHECK: expected_type_args_dump.dfy(23,39): expr Name `NatP`: () -> int -> nat
// CHECK: expected_type_args_dump.dfy(23,47): expr Lambda `(n: int) => Map(Digit(), (c: char) => n ...`: int -> int -> int
// CHECK: expected_type_args_dump.dfy(23,48): var bound n: int
// CHECK: expected_type_args_dump.dfy(23,59): expr Call `Map(Digit(), (c: char) => n - 1)`: int -> int
// CHECK: expected_type_args_dump.dfy(23,59): expr Name `Map`: (int -> char, char -> int) -> int -> int
// CHECK: expected_type_args_dump.dfy(23,63): expr Call `Digit()`: int -> char
// CHECK: expected_type_args_dump.dfy(23,63): expr Name `Digit`: () -> int -> char
// CHECK: expected_type_args_dump.dfy(23,72): expr Lambda `(c: char) => n - 1`: char -> int
// CHECK: expected_type_args_dump.dfy(23,73): var bound c: char
// CHECK: expected_type_args_dump.dfy(23,85): expr Binary `n - 1`: int
// CHECK: expected_type_args_dump.dfy(23,85): expr Name `n`: int
// CHECK: expected_type_args_dump.dfy(23,89): expr IntLiteral `1`: int
