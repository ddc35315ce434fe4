// RUN: verify --show-snippets false
// A calculation step ==#[k]: its limit is at least 0, the step is a prefix equality, and the
// calculation concludes prefix equality at the least limit. Dafny 4.11's output.
codatatype Stream = Cons(head: int, tail: Stream)

function Ones(): Stream { Cons(1, Ones()) }

method Negative(s: Stream, k: int) {
  calc {
    s;
    ==#[k]
    s;
  }
}

method NonNegative(s: Stream, k: nat) {
  calc {
    s;
    ==#[k]
    s;
  }
}

method Steps(s: Stream, t: Stream, k: nat, j: nat)
  requires s ==#[k] t
  requires t ==#[j] Ones()
{
  calc {
    s;
    ==#[k]
    t;
    ==#[j]
    Ones();
  }
  assert s ==#[if k <= j then k else j] Ones();
}

method Wrong(s: Stream, t: Stream, k: nat)
  requires s ==#[k] t
{
  calc {
    s;
    ==#[k + 1]
    t;
  }
}

method DefaultOp(s: Stream, t: Stream, k: nat)
  requires s ==#[k] t
{
  calc ==#[k] {
    s;
    t;
  }
  assert s ==#[k] t;
  assert s == t;
}

// CHECK-EXIT: 4
// CHECK: calc_prefix_equality.dfy(11,8): Error: prefix-equality limit must be at least 0
// CHECK: calc_prefix_equality.dfy(44,4): Error: the calculation step between the previous line and this line could not be proved
// CHECK: calc_prefix_equality.dfy(56,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 3 errors
