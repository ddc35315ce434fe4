// RUN: resolve --show-snippets false
// The bounds of type parameters are resolved: module-level functions first, then each type
// (a class's twice, as Dafny resolves them for the class and its non-null type).
type D<X extends Tr>
class C<Y extends Tr2> {}
datatype E<Z extends Tr3> = E0
function F<W extends Tr4>(): int { 0 }
type S<V extends Tr5> = int

// CHECK-EXIT: 2
// CHECK: type_param_bound_undeclared.dfy(7,21): Error: Type or type parameter is not declared in this scope: Tr4 (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: type_param_bound_undeclared.dfy(4,17): Error: Type or type parameter is not declared in this scope: Tr (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: type_param_bound_undeclared.dfy(5,18): Error: Type or type parameter is not declared in this scope: Tr2 (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: type_param_bound_undeclared.dfy(5,18): Error: Type or type parameter is not declared in this scope: Tr2 (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: type_param_bound_undeclared.dfy(6,21): Error: Type or type parameter is not declared in this scope: Tr3 (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: type_param_bound_undeclared.dfy(8,17): Error: Type or type parameter is not declared in this scope: Tr5 (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: 6 resolution/type errors detected in type_param_bound_undeclared.dfy
