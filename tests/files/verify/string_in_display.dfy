// RUN: verify --show-snippets false
// The right operand of `in` is a collection of the left operand's type: `s in [s]` with s a
// string is a seq<string> display (dfyc took the string as the display's expected type and
// wanted chars). Dafny 4.11 prints the same.
method M(s: string) {
  var b := s in [s];
  var c := s in {s, "x"};
  var d := s !in [s + "!"];
  assert b && c;
  assert d;  // error: as in Dafny, s != s + "!" needs |s| spelled out
}

// CHECK-EXIT: 4
// CHECK: string_in_display.dfy(10,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
