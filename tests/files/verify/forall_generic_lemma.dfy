// RUN: verify --show-snippets false
// A forall statement whose body calls a generic lemma concludes the lemma's postcondition at
// the caller's instantiation.
lemma InBoth<T>(t: T, s1: seq<T>, s2: seq<T>)
  requires multiset(s1) == multiset(s2)
  ensures t in s1 <==> t in s2
{
  calc <==> {
    t in s1;
    t in multiset(s1);
  }
}

lemma SameElements<T>(s1: seq<T>, s2: seq<T>)
  requires multiset(s1) == multiset(s2)
  ensures forall t :: t in s1 <==> t in s2
{
  forall t {
    InBoth(t, s1, s2);
  }
}

lemma NotEnough<U>(s1: seq<U>, s2: seq<U>)
  requires |s1| == |s2|
  ensures forall t :: t in s1 <==> t in s2
{
  forall t {
    InBoth(t, s1, s2);
  }
}

// CHECK-EXIT: 4
// CHECK: forall_generic_lemma.dfy(28,10): Error: a precondition for this call could not be proved
// CHECK: forall_generic_lemma.dfy(5,24): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
