// dfy::Tuple<Ts...>: Dafny's tuple types (), (A, B), ...
//
// A thin wrapper over std::tuple: std::get, std::apply, structured
// bindings and == work as for std::tuple. Its own type (not an alias) so
// that std::hash, Print and DafnyHash can be provided for it.
#ifndef DFY_TUPLE_H_
#define DFY_TUPLE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <tuple>
#include <utility>

#include "dfy/dafny_hash.h"
#include "dfy/print.h"

namespace dfy {

template <typename... Ts>
struct Tuple : std::tuple<Ts...> {
  using std::tuple<Ts...>::tuple;

  // The underlying std::tuple.
  const std::tuple<Ts...>& AsStd() const { return *this; }

  friend bool operator==(const Tuple& a, const Tuple& b) { return a.AsStd() == b.AsStd(); }

  // Consistent with ==.
  size_t Hash() const {
    size_t hash = sizeof...(Ts);
    std::apply(
        [&hash](const Ts&... parts) {
          ((hash = internal::HashCombine(hash, std::hash<Ts>{}(parts))), ...);
        },
        AsStd());
    return hash;
  }
};

template <typename... Ts>
Tuple(Ts...) -> Tuple<Ts...>;

// "()", "(1, 'a')": components with the generic printer, so a string
// component prints as ['a', ...].
template <typename... Ts>
void Print(std::ostream& out, const Tuple<Ts...>& t) {
  out.put('(');
  std::apply(
      [&out](const Ts&... parts) {
        // Both unused for the empty tuple.
        [[maybe_unused]] bool first = true;
        [[maybe_unused]] auto print_one = [&](const auto& part) {
          if (!first) {
            out.write(", ", 2);
          }
          first = false;
          Print(out, part);
        };
        (print_one(parts), ...);
      },
      t.AsStd());
  out.put(')');
}

// C#'s Tuple.GetHashCode (djb2): h = 5381; h = h*33 + 0 (the constructor
// index); h = h*33 + (ulong)DafnyHash(part) for each part; truncated to int.
template <internal::HasDafnyHash... Ts>
int32_t DafnyHash(const Tuple<Ts...>& t) {
  uint64_t hash = 5381;
  hash = (hash << 5) + hash;
  std::apply(
      [&hash](const Ts&... parts) {
        ((hash = (hash << 5) + hash + static_cast<uint64_t>(int64_t{DafnyHash(parts)})), ...);
      },
      t.AsStd());
  return static_cast<int32_t>(static_cast<uint32_t>(hash));
}

}  // namespace dfy

template <typename... Ts>
struct std::tuple_size<dfy::Tuple<Ts...>> : std::integral_constant<size_t, sizeof...(Ts)> {};

template <size_t I, typename... Ts>
struct std::tuple_element<I, dfy::Tuple<Ts...>> : std::tuple_element<I, std::tuple<Ts...>> {};

template <typename... Ts>
struct std::hash<dfy::Tuple<Ts...>> {
  size_t operator()(const dfy::Tuple<Ts...>& t) const { return t.Hash(); }
};

#endif  // DFY_TUPLE_H_
