// Std.Concurrent: a lock, a box and a map that concurrent executions of compiled code may
// share. Dafny has no threads, so these classes keep their contents out of Dafny's heap: a
// Get is a method whose result is known only to satisfy the invariant the object was made
// with (another thread may have changed the contents), and Put and Remove modify nothing
// Dafny sees. The API of Dafny's Std.Concurrent (classes, members, signatures, contracts),
// written for dfyc; dfyc's runtime defines the classes in C++ with a mutex in each object
// (runtime/include/dfy/std/concurrent.h; stdlib/README.md, "Std.Concurrent"). The methods'
// reads clauses are Dafny's: a program verified with --reads-clauses-on-methods may call them
// from a method that reads nothing, as Dafny's ConcurrentExamples do.
module Std.Concurrent {

  import opened Wrappers

  // A mutual-exclusion lock. Not reentrant: Lock and Unlock alternate, which their
  // preconditions on the ghost isLocked (the calling execution's view) make callers show.
  class {:extern} Lock {

    ghost var isLocked: bool

    constructor {:extern} {:axiom} ()
      ensures !isLocked

    // Waits until no other execution holds the lock, then holds it.
    method {:extern} {:axiom} Lock()
      reads this
      requires !isLocked
      modifies this
      ensures isLocked

    // Lets the lock go.
    method {:extern} {:axiom} Unlock()
      reads this
      requires isLocked
      modifies this
      ensures !isLocked
  }

  // One value of type T, read and replaced atomically; every value it holds satisfies inv.
  class {:extern} AtomicBox<T> {

    ghost const inv: T -> bool

    constructor {:extern} {:axiom} (ghost inv: T -> bool, t: T)
      requires inv(t)
      ensures this.inv == inv

    ghost predicate Valid() {
      true
    }

    // The value held now.
    method {:extern} {:axiom} Get() returns (t: T)
      reads {}
      ensures inv(t)

    // Replaces the value held.
    method {:extern} {:axiom} Put(t: T)
      reads {}
      requires inv(t)
  }

  // A mutable map from K to V, each operation atomic; every pair it holds satisfies inv. Does
  // what an AtomicBox<map<K, V>> would, without copying the map at each change.
  class {:extern} MutableMap<K(==), V(==)> {

    ghost const inv: (K, V) -> bool

    // bytesKeys (K must be seq<uint8> when it is true) lets Dafny's Go implementation hash
    // the keys; dfyc's runtime hashes every key type and ignores it.
    constructor {:extern} {:axiom} (ghost inv: (K, V) -> bool, bytesKeys: bool := false)
      ensures this.inv == inv

    ghost predicate Valid() {
      true
    }

    method {:extern} {:axiom} Keys() returns (keys: set<K>)
      reads {}
      ensures forall k <- keys :: exists v :: inv(k, v)

    method {:extern} {:axiom} HasKey(k: K) returns (used: bool)
      reads {}
      ensures used ==> exists v :: inv(k, v)

    method {:extern} {:axiom} Values() returns (values: set<V>)
      reads {}
      ensures forall v <- values :: exists k :: inv(k, v)

    method {:extern} {:axiom} Items() returns (items: set<(K, V)>)
      reads {}
      ensures forall t <- items :: inv(t.0, t.1)

    // Maps k to v (replacing k's value, if any).
    method {:extern} {:axiom} Put(k: K, v: V)
      reads {}
      requires inv(k, v)

    // k's value, or None if k has none.
    method {:extern} {:axiom} Get(k: K) returns (r: Option<V>)
      reads {}
      ensures r.Some? ==> inv(k, r.value)

    // Removes k and its value (nothing if k has none). The precondition is Dafny's.
    method {:extern} {:axiom} Remove(k: K)
      reads {}
      requires exists v :: inv(k, v)

    // The number of keys.
    method {:extern} {:axiom} Size() returns (c: nat)
      reads {}
  }
}
