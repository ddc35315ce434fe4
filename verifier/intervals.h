// Interval inference for loops, as Boogie's abstract interpretation (/infer:j, which Dafny turns
// on) gives Dafny's users for free: for each loop, bounds on the int variables it assigns that
// hold at every iteration. Dafny programs rely on them (a counter that starts at 1 and only
// grows is known to be positive without an invariant saying so).
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "frontend/resolve.h"

namespace dfy::verify {

// [lo, hi] over the integers; a missing bound is infinite.
struct Interval {
  std::optional<int64_t> lo;
  std::optional<int64_t> hi;
  bool operator==(const Interval&) const = default;
};

// The bounds at the head of each loop of `body`, for the variables the loop assigns.
// (Keyed by the loop: a while or a for statement.)
using LoopBounds = std::unordered_map<const Stmt*, std::vector<std::pair<const Var*, Interval>>>;

LoopBounds InferLoopBounds(const ResolvedProgram& rp, const MethodDecl& method);

}  // namespace dfy::verify
