// RUN: resolve --show-snippets false
// `older` is allowed on the formals of functions and predicates only. Dafny 4.11's output.
method M(older x: int) { }
lemma L(older x: int) { }
least predicate P(older x: int) { true }

// CHECK-EXIT: 2
// CHECK: older_method_formal.dfy(3,9): Error: formal cannot be declared 'older' in this context
// CHECK: older_method_formal.dfy(4,8): Error: formal cannot be declared 'older' in this context
// CHECK: older_method_formal.dfy(5,18): Error: formal cannot be declared 'older' in this context
// CHECK: 3 parse errors detected in older_method_formal.dfy
