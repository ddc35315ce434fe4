// The part of the resolved language that a later phase (the verifier, the C++ backend)
// handles so far. The resolver accepts all of Dafny; before a phase runs, every construct
// outside its subset is reported as "dfyc cannot verify/compile X yet", so that no construct is
// ever silently ignored or mistranslated.
#pragma once

#include "common/context.h"
#include "frontend/resolve.h"

namespace dfy {

enum class Phase : uint8_t { Verify, Compile };

// Reports each construct outside `phase`'s subset as an Unsupported error; returns their count.
size_t CheckSubset(const ResolvedProgram& rp, Context& ctx, Phase phase);

}  // namespace dfy
