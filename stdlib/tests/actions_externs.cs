// Std.ActionsExterns.SetElements for Dafny's C# target, so that check_with_dafny.py can run
// programs on dfyc's library with Dafny. dfyc's own definition is C++, in its runtime
// (runtime/include/dfy/std/actions_externs.h). The elements in the set's enumeration order,
// which is what Dafny's own MakeSetReader gives.
namespace Std.ActionsExterns {
  public partial class __default {
    public static Dafny.ISequence<T> SetElements<T>(Dafny.ISet<T> s) {
      return Dafny.Sequence<T>.FromArray(System.Linq.Enumerable.ToArray(s.Elements));
    }
  }
}
