// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve): explicit type arguments of a method
// call give its type parameters (P<int>(null) passes an array?<int>, so Q<bool>'s argument 3
// does not fit), and their number is checked.
method P<A>(a: array?<A>) {}
method Q<B>(b: B) {}
method Main() {
  P<int>(null);
  Q<bool>(3);
  P<int, bool>(null);
}

// CHECK-EXIT: 2
// CHECK: method_explicit_type_args.dfy(10,2): Error: method 'P' expects 1 type argument (got 2)
// CHECK: method_explicit_type_args.dfy(9,10): Error: incorrect argument type for method in-parameter 'b' (expected bool, found int)
// CHECK: 2 resolution/type errors detected in method_explicit_type_args.dfy
