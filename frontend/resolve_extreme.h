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
// depth of the same type (`knat`) in positive positions of `spec` (itself positive or not), and
// for greatest lemmas the equalities of codatatype values there (inequalities in negative
// positions). A greatest lemma's postconditions and a least lemma's preconditions hold of these
// at every depth k of its prefix lemma (P#[k](x), a ==#[k] b).
void FriendlyCalls(const ResolvedProgram& rp, const Expr* spec, bool co, bool knat, bool positive,
                   std::vector<const Expr*>& out);
bool IsCodatatype(const Type* t);

}  // namespace dfy
