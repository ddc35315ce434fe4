// Out-of-line parts of runtime/include/dfy/hash_table.h.
#include "dfy/hash_table.h"

#include "dfy/halt.h"

namespace dfy::internal {

void ProbeRunOverflow() {
  FailRuntimeCheck("hash table: more than 65534 keys share one probe run (degenerate std::hash)");
}

}  // namespace dfy::internal
