// RUN: resolve --show-snippets false
// Dafny's rule (bounds discovery): a comprehension or quantifier in a function, a const's
// value or a lambda must not range over the allocated objects, or its value would change as
// objects are allocated. Expected output recorded from Dafny 4.11 (dafny resolve).
class C { var x: int }
datatype D = D(c: C, n: int)
function All(): set<C> { set c: C | true }
predicate AllZero() { forall c: C :: c.x == 0 }
function Keys(): map<C, int> { map c: C | true :: 0 }
ghost function Objects(): set<object> { set o: object | true }
twostate function Two(): set<C> { set c: C | true }
const K := set c: C | true
function InLambda(): bool { ((x: int) => (set c: C | true) == {})(0) }
function Some(): bool { exists c: C :: c.x == 1 }
ghost predicate Q<T>(t: T)
ghost predicate Generic<T>() { forall t: T :: Q(t) }
predicate Holding() { forall d: D :: d.n == 0 }
method InMethodLambda() {
  var f := (x: int) => forall c: C :: c.x == x;
}

// CHECK-EXIT: 2
// CHECK: comprehension_alloc_errors.dfy(7,25): Error: a set comprehension involved in a function definition is not allowed to depend on the set of allocated references, but values of 'c' (of type 'C') may contain references (see documentation for 'older' parameters)
// CHECK: comprehension_alloc_errors.dfy(8,22): Error: a forall expression involved in a predicate definition is not allowed to depend on the set of allocated references, but values of 'c' (of type 'C') may contain references (see documentation for 'older' parameters)
// CHECK: comprehension_alloc_errors.dfy(9,31): Error: a map comprehension involved in a function definition is not allowed to depend on the set of allocated references, but values of 'c' (of type 'C') may contain references (see documentation for 'older' parameters)
// CHECK: comprehension_alloc_errors.dfy(10,40): Error: a set comprehension involved in a function definition is not allowed to depend on the set of allocated references, but values of 'o' (of type 'object') may contain references (see documentation for 'older' parameters)
// CHECK: comprehension_alloc_errors.dfy(11,34): Error: a set comprehension involved in a twostate function definition is not allowed to depend on the set of allocated references, but values of 'c' (of type 'C') may contain references (see documentation for 'older' parameters)
// CHECK: comprehension_alloc_errors.dfy(12,11): Error: a set comprehension involved in a const field definition is not allowed to depend on the set of allocated references, but values of 'c' (of type 'C') may contain references (see documentation for 'older' parameters)
// CHECK: comprehension_alloc_errors.dfy(13,42): Error: a set comprehension involved in a lambda expression is not allowed to depend on the set of allocated references, but values of 'c' (of type 'C') may contain references (see documentation for 'older' parameters)
// CHECK: comprehension_alloc_errors.dfy(14,24): Error: a exists expression involved in a function definition is not allowed to depend on the set of allocated references, but values of 'c' (of type 'C') may contain references (see documentation for 'older' parameters)
// CHECK: comprehension_alloc_errors.dfy(16,31): Error: a forall expression involved in a predicate definition is not allowed to depend on the set of allocated references, but values of 't' (of type 'T') may contain references (perhaps declare its type as 'T(!new)') (see documentation for 'older' parameters)
// CHECK: comprehension_alloc_errors.dfy(17,22): Error: a forall expression involved in a predicate definition is not allowed to depend on the set of allocated references, but values of 'd' (of type 'D') may contain references (see documentation for 'older' parameters)
// CHECK: comprehension_alloc_errors.dfy(19,23): Error: a forall expression involved in a lambda expression is not allowed to depend on the set of allocated references, but values of 'c' (of type 'C') may contain references (see documentation for 'older' parameters)
// CHECK: 11 resolution/type errors detected in comprehension_alloc_errors.dfy
