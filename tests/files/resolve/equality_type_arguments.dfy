// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve). In compiled code, a type argument
// for a type parameter declared (==) must support equality, and a set, multiset or map display
// needs elements (keys) that do; ghost code is not checked.
function F<X(==)>(x: X): bool { x == x }
function F2<X(==), Y>(x: X, y: Y): bool { x == x }
method Mm<X(==)>(x: X) { }
method N<T>(t: T) returns (r: bool) {
  var b := F(t);
  var c := F<T>(t);
  var d := F2(t, t);
  Mm(t);
  var st: set<T> := {};
  var ms := multiset{t};
  var mp: map<T, int> := map[];
  ghost var g := F(t);
  r := F(t) || true;
}

// CHECK-EXIT: 2
// CHECK: equality_type_arguments.dfy(9,12): Error: type parameter (X) passed to function F must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_type_arguments.dfy(10,15): Error: type parameter (X) passed to function F must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_type_arguments.dfy(11,13): Error: type parameter 0 (X) passed to function F2 must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_type_arguments.dfy(12,4): Error: type parameter (X) passed to method Mm must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_type_arguments.dfy(13,6): Error: set argument type must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_type_arguments.dfy(13,20): Error: set argument type must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_type_arguments.dfy(14,6): Error: multiset argument type must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_type_arguments.dfy(14,12): Error: multiset argument type must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_type_arguments.dfy(15,6): Error: map domain type must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_type_arguments.dfy(15,25): Error: map domain type must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_type_arguments.dfy(17,8): Error: type parameter (X) passed to function F must support equality (got T) (perhaps try declaring type parameter 'T' on line 8 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: 11 resolution/type errors detected in equality_type_arguments.dfy
