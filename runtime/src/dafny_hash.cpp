// C#-compatible hashes that need big-integer arithmetic (see dafny_hash.h).
#include "dfy/dafny_hash.h"

#include <vector>

namespace dfy::internal {

int32_t DafnyHashOfWideInt(const Int& value) {
  const Int word_base = Int(int64_t{1} << 32);
  Int magnitude = value < 0 ? -value : value;
  // Little-endian 32-bit words of |value|, as BigInteger._bits holds them.
  std::vector<uint32_t> words;
  while (magnitude != 0) {
    words.push_back(static_cast<uint32_t>((magnitude % word_base).ToInt64()));
    magnitude = magnitude / word_base;
  }
  auto hash = static_cast<uint32_t>(value < 0 ? -1 : 1);
  for (auto it = words.rbegin(); it != words.rend(); ++it) {
    hash = ((hash << 7) | (hash >> 25)) ^ *it;
  }
  return static_cast<int32_t>(hash);
}

}  // namespace dfy::internal
