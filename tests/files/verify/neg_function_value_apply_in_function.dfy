// RUN: verify --show-snippets false
// A higher-order function applies its argument without meeting its precondition.
function ApplyTwice(f: int --> int, x: int): int
  requires f.requires(x)
{
  f(f(x))
}

// CHECK-EXIT: 4
// CHECK: neg_function_value_apply_in_function.dfy(6,2): Error: function precondition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
