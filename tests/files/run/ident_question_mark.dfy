// RUN: run --no-verify --show-snippets false
// Dafny's identifiers may start with '?' (Dafny.atg: ident = nondigit {idchar}, nondigit
// includes '\'', '_' and '?'): `?`, `??` and `?a` are names of functions, locals and members
// (Std.Parsers' `?` and `B.??`), exported as such, next to discriminators (`A?`), nullable
// types (`C?`) and names with '?' inside (`x?y`). Expected output recorded from Dafny 4.11:
// `dafny run --no-verify`.
module M {
  export provides ?, ??, D.?, D.??, ?a reveals D
  datatype D = A | B(x: int) {
    function ?(): int { if A? then 1 else 2 }
    function ??(): bool { this.B? }
  }
  function ?(): int { 7 }
  function ??(n: int): int { n + 1 }
  function ?a(): int { 3 }
}
class C { constructor() {} }
method Main() {
  var d := M.B(4);
  var c: C? := null;
  var ?x := 5;
  var x?y := 6;
  print M.?(), " ", M.??(1), " ", M.?a(), " ", d.?(), " ", M.D.A.?(), " ", d.B?, " ", d.??(), " ";
  print c == null, " ", ?x + x?y, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 7 2 3 2 1 true true true 11
