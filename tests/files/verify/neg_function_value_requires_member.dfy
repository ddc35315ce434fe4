// RUN: verify --show-snippets false
// Checking f.requires on one value and applying f to another.
method M(f: int --> int, x: int, y: int) returns (r: int)
  requires f.requires(x)
{
  r := f(y);
}

// CHECK-EXIT: 4
// CHECK: neg_function_value_requires_member.dfy(6,7): Error: function precondition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
