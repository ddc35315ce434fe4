// RUN: test --no-verify --show-snippets false
// `dafny test` runs {:test} methods without input parameters (ghost ones count too) or type
// parameters; any other is its error "Methods with the :test attribute may not have input
// arguments" ("... type parameters"), at the method's name, counted as a resolution error; dfyc
// stopped at "cannot compile {:test} methods with parameters" after verification. Expected
// output: Dafny 4.11's (`dafny test --no-verify`).
method {:test} WithInput(x: int) { expect x == x; }
method {:test} WithGhost(ghost g: int) { expect true; }
method {:test} Generic<T>() { expect true; }
module M {
  class C {
    static method {:test} Static(b: bool) { expect b; }
  }
}
method {:test} Fine() { expect true; }

// CHECK-EXIT: 2
// CHECK: test_methods_with_parameters.dfy(12,26): Error: Methods with the :test attribute may not have input arguments
// CHECK: test_methods_with_parameters.dfy(7,15): Error: Methods with the :test attribute may not have input arguments
// CHECK: test_methods_with_parameters.dfy(8,15): Error: Methods with the :test attribute may not have input arguments
// CHECK: test_methods_with_parameters.dfy(9,15): Error: Methods with the :test attribute may not have type parameters
// CHECK: 4 resolution/type errors detected in test_methods_with_parameters.dfy
