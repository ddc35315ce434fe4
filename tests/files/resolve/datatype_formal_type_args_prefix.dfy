// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve): a type written without its
// arguments in a constructor's formal takes a prefix of the datatype's type parameters
// (git-issue133: `m: set` in R<X> is set<X>); a datatype without enough of them is an error at
// the formal.
datatype R<X> = Red | Green(next: R, m: set)
datatype D = D(s: set)

// CHECK-EXIT: 2
// CHECK: datatype_formal_type_args_prefix.dfy(7,15): Error: Wrong number of type arguments (0 instead of 1) passed to type: set
// CHECK: 1 resolution/type errors detected in datatype_formal_type_args_prefix.dfy
