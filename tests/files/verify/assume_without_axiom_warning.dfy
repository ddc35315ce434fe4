// RUN: verify --show-snippets false
method M(x: int)
{
  assume x > 10;
  assert x > 5;
}

// CHECK-EXIT: 2
// CHECK: assume_without_axiom_warning.dfy(4,2): Warning: assume statement has no {:axiom} annotation
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
// CHECK: Compilation failed because warnings were found and --allow-warnings is false
