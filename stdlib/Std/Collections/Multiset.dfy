// Std.Collections.Multiset: what Std.Termination needs of multisets. Names as in Dafny's
// Std.Collections.Multiset; written for dfyc.
module Std.Collections.Multiset {

  // Some element of a non-empty multiset.
  ghost function ExtractFromNonEmptyMultiset<T>(s: multiset<T>): (x: T)
    requires |s| != 0
    ensures x in s
  {
    var x :| x in s;
    x
  }

  // A sub-multiset is no larger; a proper one is smaller.
  lemma LemmaSubmultisetSize<T>(x: multiset<T>, y: multiset<T>)
    ensures x < y ==> |x| < |y|
    ensures x <= y ==> |x| <= |y|
  {
    if x != multiset{} {
      var e :| e in x;
      LemmaSubmultisetSize(x - multiset{e}, y - multiset{e});
    }
  }
}
