// The verifier's entry header: ResolvedProgram -> verification diagnostics.
//   One task per method body and per function (well-formedness and postconditions); each task
//   is lowered to VIR (vir.h), turned into a linear-size verification condition (vcgen.h) and
//   solved by Z3 in-process, one Z3 context per worker thread.
#pragma once

#include <cstddef>
#include <string>

#include "common/context.h"
#include "frontend/resolve.h"

namespace dfy {

struct VerifyResult {
  size_t verified = 0;         // declarations with at least one proof obligation, all proved
  size_t errors = 0;           // proof obligations that could not be proved
  size_t timeouts = 0;         // tasks the solver did not finish in time
  size_t out_of_resource = 0;  // tasks that exhausted the resource limit
};

struct VerifyDumps {
  bool vir = false;   // print each task's VIR to stdout
  bool smt2 = false;  // print each task's SMT-LIB query to stdout
};

// Verifies every method and function; reports failures to ctx.diags in source order.
VerifyResult Verify(const ResolvedProgram& program, Context& ctx, const VerifyDumps& dumps = {});

// Reports each construct the verifier does not handle yet (Unsupported errors); returns their
// count. Run before Verify.
size_t CheckVerifySubset(const ResolvedProgram& rp, Context& ctx);

}  // namespace dfy
