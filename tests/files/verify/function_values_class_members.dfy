// RUN: verify --show-snippets false
// A class's instance and static functions used as function values.
// Expected output recorded from Dafny 4.11.
class Automaton {
  function Rule(a: bool, b: bool): bool { a || b }
  static function Both(a: bool, b: bool): bool { a && b }

  method Exec(rule: (bool, bool) -> bool) returns (r: bool)
    ensures r == rule(true, false)
  {
    r := rule(true, false);
  }

  method Test() {
    var x := Exec(Rule);
    assert x;
    var y := Exec(Both);
    assert !y;
    assert y;
  }
}

// CHECK-EXIT: 4
// CHECK: function_values_class_members.dfy(19,4): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
