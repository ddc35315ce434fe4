// RUN: resolve --show-snippets false
method M(x: int)
  requires x > 0;
  ensures true;
{
}
method N() returns (r: int)
  ensures r > 0
function F(x: int): int
  ensures F(x) > 0

// CHECK-EXIT: 2
// CHECK: deprecated_semicolon_and_bodyless_ensures.dfy(3,16): Warning: deprecated style: a semi-colon is not needed here
// CHECK: deprecated_semicolon_and_bodyless_ensures.dfy(4,14): Warning: deprecated style: a semi-colon is not needed here
// CHECK: deprecated_semicolon_and_bodyless_ensures.dfy(8,12): Warning: This ensures clause is part of a bodyless method. Add the {:axiom} attribute to it or the enclosing method to suppress this warning
// CHECK: deprecated_semicolon_and_bodyless_ensures.dfy(10,15): Warning: This ensures clause is part of a bodyless function. Add the {:axiom} attribute to it or the enclosing function to suppress this warning
// CHECK: Compilation failed because warnings were found and --allow-warnings is false
