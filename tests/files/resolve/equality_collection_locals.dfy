// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve). A compiled local set, multiset or
// map needs elements (keys) that support equality; a ghost one does not.
method M<T>(a: T) {
  var st: set<T>;
  var mm: map<T, int>;
  var ms: multiset<T>;
  var ok: map<int, T>;
  ghost var gs: set<T>;
  var sq: seq<set<T>>;
}

// CHECK-EXIT: 2
// CHECK: equality_collection_locals.dfy(5,6): Error: set argument type must support equality (got T) (perhaps try declaring type parameter 'T' on line 4 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_collection_locals.dfy(6,6): Error: map domain type must support equality (got T) (perhaps try declaring type parameter 'T' on line 4 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_collection_locals.dfy(7,6): Error: multiset argument type must support equality (got T) (perhaps try declaring type parameter 'T' on line 4 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_collection_locals.dfy(10,6): Error: set argument type must support equality (got T) (perhaps try declaring type parameter 'T' on line 4 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: 4 resolution/type errors detected in equality_collection_locals.dfy
