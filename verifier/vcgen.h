// Verification-condition generation: the weakest precondition of a passive VIR block.
#pragma once

#include <z3++.h>

#include <vector>

#include "verifier/vir.h"

namespace dfy::vir {

struct VerificationCondition {
  z3::expr formula;                   // valid iff every enabled assertion holds
  std::vector<z3::expr> definitions;  // `k == wp` for the join points named to stay linear
  std::vector<z3::expr> selectors;    // selectors[i] enables assertion i
};

// wp(assume e; S) = e ==> wp(S); wp(assert_i e; S) = (sel_i ==> e) && (e ==> wp(S));
// wp(choice {B1..Bn}; S) = /\ wp(Bi, k) with k a fresh name for wp(S), so that the formula
// stays linear in the size of the block. A disabled assertion (sel_i false) acts as an assume.
VerificationCondition GenerateVC(z3::context& c, const Task& task);

}  // namespace dfy::vir
