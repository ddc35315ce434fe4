// RUN: resolve --show-snippets false
// A class without a constructor must give every field a value: a field whose type has no
// value known (for a ghost field, any value) needs a constructor. Dafny 4.11's output.
class C {
  var x: nat
  var c: C
}

class Ok {
  var x: nat
  var c: Ok?
  ghost var g: Ok?
  const k: int
}

type Pos = x: int | x > 0 witness 1
class WithWitness {
  var p: Pos
}

type GhostPos = x: int | x > 0 ghost witness 1
class GhostWitness {
  ghost var p: GhostPos
  var q: GhostPos
}

class WithCtor {
  var c: WithCtor
  constructor (c: WithCtor) { this.c := c; }
}

trait T<X> {
  var t: X
}
class FromTrait extends T<C> {
}
class FromTraitOk extends T<int> {
}

// CHECK-EXIT: 2
// CHECK: class_needs_constructor.dfy(4,6): Error: class 'C' with fields without known initializers, like 'c' of type 'C', must declare a constructor
// CHECK: class_needs_constructor.dfy(22,6): Error: class 'GhostWitness' with fields without known initializers, like 'q' of type 'GhostPos', must declare a constructor
// CHECK: class_needs_constructor.dfy(35,6): Error: class 'FromTrait' with fields without known initializers, like 't' of type 'C', must declare a constructor
// CHECK: 3 resolution/type errors detected in class_needs_constructor.dfy
