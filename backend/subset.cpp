// The backend's gate: before EmitCpp runs, every construct the emitter does not translate is
// reported as "dfyc cannot compile X yet", so that none is ever silently ignored or
// mistranslated. The gate is the emitter itself run in check mode (backend/emitter.h): each
// place where the emitter meets a construct it cannot translate reports it, so the gate accepts
// exactly what the emitter handles.
#include "backend/backend.h"
#include "backend/emitter.h"

namespace dfy {

size_t CheckCompileSubset(const ResolvedProgram& rp, Context& ctx) {
  backend::Emitter emitter(rp, ctx, /*check_only=*/true);
  emitter.Run("check");
  return emitter.unsupported();
}

}  // namespace dfy
