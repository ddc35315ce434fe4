// The order in which sets, multisets and maps print their elements.
//
// Dafny's C# backend prints a set by walking an ImmutableHashSet, which
// enumerates in ascending signed int32 order of each element's .NET
// GetHashCode(). To print byte for byte what C# prints, this runtime
// computes the same 32-bit hash, DafnyHash(x), for the types where it is
// known, and sorts by it before printing (dafny-runtime.md §3):
//
//   bool         false = 0, true = 1
//   char         the code point (Rune.GetHashCode)
//   native ints  as .NET's Int32/Int64/... GetHashCode
//   int          the value when it fits int32; otherwise the .NET Framework's
//                BigInteger hash over 32-bit magnitude words. Dafny 4.11's
//                net8.0 programs seed that hash anew in every process
//                (System.HashCode), so C# itself prints a set holding such
//                values in an order that changes from run to run; this one
//                is deterministic. Wide bitvectors (bv128) are BigIntegers too.
//   real         num.hash + 29 * den.hash (real.h)
//   seq          h = 0; h = (h << 3) | ((h >> 29) ^ elem) (seq.h)
//   set          h = 1; h *= elem + 3 (set.h); multiset likewise (multiset.h)
//   tuple        djb2 from 5381 (tuple.h); generated datatypes can add the
//                same (ADL finds a DafnyHash next to the type)
//
// Elements with equal DafnyHash print in value order when the type has a
// total order here (numbers, chars, bools), otherwise in an unspecified
// but deterministic order. Types without a DafnyHash (maps as elements,
// arrays, other references) print in an unspecified but deterministic
// order. That matches C# exactly for the confirmed cases: small ints,
// chars, bools, enum-like datatypes, strings.
//
// DafnyHash is only for print order. Hash tables use std::hash, which is
// faster and consistent with == (DafnyHash of a real is not).
#ifndef DFY_DAFNY_HASH_H_
#define DFY_DAFNY_HASH_H_

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

#include "dfy/int.h"
#include "dfy/print.h"

namespace dfy {

// C#'s bool.GetHashCode: 1 for true, 0 for false.
template <std::same_as<bool> Bool>
int32_t DafnyHash(Bool value) {
  return value ? 1 : 0;
}

// Rune.GetHashCode: the code point.
inline int32_t DafnyHash(char32_t c) { return static_cast<int32_t>(c); }

// The native integer types of newtypes and bitvectors (int8_t .. uint64_t),
// hashed as .NET's sbyte/byte/short/ushort/int/uint (the value as int32)
// and long/ulong (low word xor high word).
template <NativeInteger T>
int32_t DafnyHash(T value) {
  if constexpr (sizeof(T) <= 4) {
    return static_cast<int32_t>(static_cast<uint32_t>(value));
  } else {
    auto bits = static_cast<uint64_t>(value);
    return static_cast<int32_t>(static_cast<uint32_t>(bits) ^ static_cast<uint32_t>(bits >> 32));
  }
}

namespace internal {

// .NET's BigInteger.GetHashCode for values that do not fit int32 (or are
// INT32_MIN): the sign, then ((h << 7) | (h >>> 25)) ^ word for each 32-bit
// magnitude word from the most significant down.
int32_t DafnyHashOfWideInt(const Int& value);

}  // namespace internal

// BigInteger.GetHashCode: the value itself when it fits int32.
inline int32_t DafnyHash(const Int& value) {
  if (value.FitsInt64()) {
    int64_t v = value.ToInt64();
    if (v > INT32_MIN && v <= INT32_MAX) [[likely]] {
      return static_cast<int32_t>(v);
    }
  }
  return internal::DafnyHashOfWideInt(value);
}

namespace internal {

// boost::hash_combine's recipe, for the std::hash specialisations of the
// collection types.
inline size_t HashCombine(size_t seed, size_t hash) {
  return seed ^ (hash + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

// Mixes one hash so that a sum of mixed hashes (an order-independent
// combination, for sets and maps) does not cancel out simple patterns.
inline size_t MixHash(size_t hash) {
  hash ^= hash >> 33;
  hash *= 0xff51afd7ed558ccdULL;
  hash ^= hash >> 33;
  return hash;
}

// The C# sequence hash step: (h << 3) | ((h >> 29) ^ elem), with int32
// arithmetic (>> is arithmetic in C#).
inline int32_t DafnyHashStep(int32_t h, int32_t elem) {
  auto left = static_cast<int32_t>(static_cast<uint32_t>(h) << 3);
  return left | ((h >> 29) ^ elem);
}

// Types that have a C#-compatible DafnyHash (found here or through ADL).
template <typename T>
concept HasDafnyHash = requires(const T& value) {
  { DafnyHash(value) } -> std::convertible_to<int32_t>;
};

// DafnyHash(value) when the type has one, else 0: for the fields of a
// generated datatype, whose DafnyHash combines its fields' hashes.
template <typename T>
int32_t DafnyHashOrZero(const T& value) {
  if constexpr (HasDafnyHash<T>) {
    return DafnyHash(value);
  } else {
    return 0;
  }
}

// Types whose operator< is a total order on values, used to break DafnyHash
// ties. Not the collections: their < is a partial order (prefix, subset).
template <typename T>
struct TotallyOrdered : std::bool_constant<std::is_arithmetic_v<T>> {};
template <>
struct TotallyOrdered<Int> : std::true_type {};

// Sorts `items` (pointers to the elements of a collection, in its own
// iteration order) into print order: by ascending DafnyHash of key_of(item)
// when its type has one, ties by value when totally ordered, otherwise
// stably. See the comment at the top of this file.
template <typename Item, typename KeyOf>
void SortForPrint(std::vector<const Item*>& items, KeyOf key_of) {
  using Key = std::remove_cvref_t<decltype(key_of(*items.front()))>;
  if constexpr (HasDafnyHash<Key>) {
    std::vector<std::pair<int32_t, const Item*>> keyed;
    keyed.reserve(items.size());
    for (const Item* item : items) {
      keyed.emplace_back(DafnyHash(key_of(*item)), item);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) {
        return a.first < b.first;
      }
      if constexpr (TotallyOrdered<Key>::value) {
        return key_of(*a.second) < key_of(*b.second);
      } else {
        return false;
      }
    });
    for (size_t i = 0; i < keyed.size(); ++i) {
      items[i] = keyed[i].second;
    }
  }
}

}  // namespace internal
}  // namespace dfy

#endif  // DFY_DAFNY_HASH_H_
