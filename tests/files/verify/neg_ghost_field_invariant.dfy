// RUN: verify --show-snippets false
// A ghost field mirrors a real one; the update forgets the ghost.
class Counter {
  var n: int
  ghost var history: seq<int>
  predicate Valid() reads this { |history| == n }
  method Inc()
    requires Valid()
    modifies this
    ensures Valid()
  {
    n := n + 1;
  }
}

// CHECK-EXIT: 2
// CHECK: neg_ghost_field_invariant.dfy(6,34): Error: a ghost field is allowed only in specification contexts
// CHECK: 1 resolution/type errors detected in neg_ghost_field_invariant.dfy
