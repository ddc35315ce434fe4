// Dafny's resolution checks on extreme (least and greatest) predicates and lemmas: recursive
// calls only in positive positions, and only to others of the same kind, so that each extreme
// predicate is a fixpoint of a monotonic function and its prefix predicates approximate it.
#pragma once

#include <vector>

#include "common/context.h"
#include "frontend/resolve.h"

namespace dfy {

void CheckExtremeRecursion(const ResolvedProgram& rp, Context& ctx);

// The friendly calls of an extreme lemma's specification (Dafny's
// CollectFriendlyCallsInSpecVisitor): the calls of greatest (`co`) or least predicates with a
// depth of the same type (`knat`) in positive positions of `spec` (itself positive or not).
// A greatest lemma's postconditions and a least lemma's preconditions hold of these calls at
// every depth k of its prefix lemma.
void FriendlyCalls(const ResolvedProgram& rp, const Expr* spec, bool co, bool knat, bool positive,
                   std::vector<const CallExpr*>& out);

}  // namespace dfy
