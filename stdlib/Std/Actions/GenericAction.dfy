// Std.GenericActions: an imperative action (a method as a value) with every specification it
// could have. Names and contracts as in Dafny's standard library; written for dfyc.
module Std.GenericActions {

  trait GenericAction<I, O> extends object {
    ghost predicate Requires(i: I)
      reads Reads(i)
    ghost function Reads(i: I): set<object>
      reads this
      ensures this in Reads(i)
    ghost function Modifies(i: I): set<object>
      reads Reads(i)
    ghost function Decreases(i: I): ORDINAL
      requires Requires(i)
      reads Reads(i)
    twostate predicate Ensures(i: I, new o: O)
      requires old(Requires(i))
      reads Reads(i)

    method Invoke(i: I) returns (o: O)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0
      ensures Ensures(i, o)
  }
}
