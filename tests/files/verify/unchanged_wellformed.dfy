// RUN: verify --show-snippets false --allow-warnings
class C { var x: int }
method M(c: C?, s: set<C?>) returns (d: C)
  ensures unchanged(c)
  ensures unchanged(s)
  ensures unchanged(d)
{
  d := new C;
}

// CHECK-EXIT: 4
// CHECK: unchanged_wellformed.dfy(4,20): Error: object might be null
// CHECK: unchanged_wellformed.dfy(5,20): Error: some set element might be null
// CHECK: unchanged_wellformed.dfy(6,20): Error: object could not be proved to be allocated in the old-state of the 'unchanged' predicate
// CHECK: unchanged_wellformed.dfy(7,0): Error: a postcondition could not be proved on this return path
// CHECK: unchanged_wellformed.dfy(6,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 4 errors
