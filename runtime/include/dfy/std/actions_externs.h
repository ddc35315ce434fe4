// The {:extern} methods of dfyc's standard library module Std.ActionsExterns
// (stdlib/Std/ActionsExterns.dfy), which the runtime defines rather than the
// user. The header dfyc generates for a program that uses the module includes
// this file (backend/README.md, "Externs"); the namespace is the module's.
#ifndef DFY_STD_ACTIONS_EXTERNS_H_
#define DFY_STD_ACTIONS_EXTERNS_H_

#include <vector>

#include "dfy/dafny_hash.h"
#include "dfy/seq.h"
#include "dfy/set.h"

namespace Std::ActionsExterns {

// SetElements(s): the elements of s, each once, in the order in which Dafny's
// C# enumerates a set, which is also the order in which it prints one
// (ascending DafnyHash, dafny_hash.h): MakeSetReader's producer then gives
// what Dafny's C# EnumeratorAsProducer gives. O(n log n).
template <typename T>
dfy::Seq<T> SetElements(const dfy::Set<T>& s) {
  std::vector<const T*> items;
  items.reserve(s.size());
  for (const T& x : s) {
    items.push_back(&x);
  }
  dfy::internal::SortForPrint(items, [](const T& x) -> const T& { return x; });
  std::vector<T> elements;
  elements.reserve(items.size());
  for (const T* x : items) {
    elements.push_back(*x);
  }
  return dfy::Seq<T>::FromRange(elements.begin(), elements.end());
}

}  // namespace Std::ActionsExterns

#endif  // DFY_STD_ACTIONS_EXTERNS_H_
