// Copy-on-write storage shared by the immutable collections (Set, Map): values share one
// container until one of them is updated while others still hold it.
#pragma once

#include <memory>

namespace dfy::detail {

// The storage behind `rep`, made private to its owner first: created when null, copied when
// shared.
template <typename Rep>
Rep& MakePrivate(std::shared_ptr<Rep>& rep) {
  if (rep == nullptr) {
    rep = std::make_shared<Rep>();
  } else if (rep.use_count() != 1) {
    rep = std::make_shared<Rep>(*rep);
  }
  return *rep;
}

}  // namespace dfy::detail
