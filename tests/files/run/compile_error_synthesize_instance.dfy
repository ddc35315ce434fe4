// RUN: run --no-verify --allow-warnings --show-snippets false
// {:synthesize} on an instance method, on one that returns nothing or on one with a body:
// Dafny's compiler rejects it ("... is not static, has a body, or does not return anything"),
// at the method's name, and translates nothing. Expected output: Dafny 4.11's (`dafny run --no-verify`).
class Cell<T> {
  const value: T
  constructor(value: T) { this.value := value; }
  function Get(): T { value }
}

class Factory<U> {
  constructor() {}
  method {:synthesize} {:axiom} Make(u: U) returns (c: Cell<U>)
    ensures fresh(c)
    ensures c.Get() == u
}

class Other {
  static method {:synthesize} {:axiom} Nothing(u: int)
  static method {:synthesize} WithBody(u: int) returns (c: Cell<int>)
    ensures fresh(c)
  {
    c := new Cell(u);
  }
}

method Main() {
  var f := new Factory<int>();
  var c := f.Make(7);
  Other.Nothing(1);
  var e := Other.WithBody(2);
  print c.Get(), "\n";
}


// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: compile_error_synthesize_instance.dfy(13,32): Error: Method _module.Factory.Make is annotated with :synthesize but is not static, has a body, or does not return anything
// CHECK: compile_error_synthesize_instance.dfy(19,39): Error: Method _module.Other.Nothing is annotated with :synthesize but is not static, has a body, or does not return anything
// CHECK: compile_error_synthesize_instance.dfy(20,30): Error: Method _module.Other.WithBody is annotated with :synthesize but is not static, has a body, or does not return anything
// CHECK: Translation was aborted because errors were found
