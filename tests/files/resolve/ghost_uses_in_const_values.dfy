// RUN: resolve --show-snippets false
// The value of a compiled const is compiled code, checked as a compiled function's body is: a
// function with ghost parameters as its value, a call of a ghost function or a ghost const in
// it are Dafny's ghost errors, at module level and in classes, datatypes and newtypes, whether
// the const's type is declared or comes from its value (dfyc checked neither; the backend then
// stopped at "functions with ghost parameters as values" or reported a ghost call as a
// translation error). A ghost const may use them. The expected errors are Dafny 4.11's, word
// for word and at its positions (`dafny resolve`).
function F(ghost a: int, b: int): int { b }
ghost function G(): int { 1 }
ghost const GK: int := 2
const K: (int, int) -> int := F
const K2 := F
const Call: int := G()
const Call2 := G() + 1
const UseGhost := GK + 1
ghost const Fine := (F, G(), GK)
const Ok := (x: int) => F(x, x) + 1
datatype D = D(x: int) {
  const L: (int, int) -> int := F
  static const M := F
}
class C {
  const N: (int, int) -> int := F
  static const S: int := G()
}
newtype Nt = x: int | true {
  const P: (int, int) -> int := F
}
method Main() {
  print K(1, 2), Ok(3), "\n";
}

// CHECK-EXIT: 2
// CHECK: ghost_uses_in_const_values.dfy(12,30): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_uses_in_const_values.dfy(13,12): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_uses_in_const_values.dfy(14,20): Error: a call to a ghost function is allowed only in specification contexts (consider declaring the function without the 'ghost' keyword)
// CHECK: ghost_uses_in_const_values.dfy(15,16): Error: a call to a ghost function is allowed only in specification contexts (consider declaring the function without the 'ghost' keyword)
// CHECK: ghost_uses_in_const_values.dfy(16,18): Error: a ghost const field is allowed only in specification contexts
// CHECK: ghost_uses_in_const_values.dfy(20,32): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_uses_in_const_values.dfy(21,20): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_uses_in_const_values.dfy(24,32): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_uses_in_const_values.dfy(25,26): Error: a call to a ghost function is allowed only in specification contexts (consider declaring the function without the 'ghost' keyword)
// CHECK: ghost_uses_in_const_values.dfy(28,32): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: 10 resolution/type errors detected in ghost_uses_in_const_values.dfy
