// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C extends T {}

// CHECK-EXIT: 2
// CHECK: extends_unknown_trait.dfy(3,16): Error: Type or type parameter is not declared in this scope: T (did you forget to qualify a name or declare a module import 'opened'?) (note that names in outer modules are not visible in contained modules)
// CHECK: 1 resolution/type errors detected in extends_unknown_trait.dfy
