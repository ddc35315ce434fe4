// dfy::Map<K, V>: Dafny's immutable finite `map<K, V>`.
//
// Representation: a shared open-addressing hash table of std::pair<K, V>
// (hash_table.h), null for the empty map.
// Sharing and in-place updates of unshared rvalues as in set.h. Printing
// sorts the entries by key into C#'s order (dafny_hash.h).
#ifndef DFY_MAP_H_
#define DFY_MAP_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <ostream>
#include <utility>
#include <vector>

#include "dfy/copy_on_write.h"
#include "dfy/dafny_hash.h"
#include "dfy/hash_table.h"
#include "dfy/int.h"
#include "dfy/print.h"
#include "dfy/set.h"
#include "dfy/tuple.h"

namespace dfy {

template <typename K, typename V>
class Map {
 public:
  using key_type = K;
  using mapped_type = V;
  using Rep = internal::HashTable<std::pair<K, V>, K, internal::EntryFirstIsKey>;
  // Iterates std::pair<K, V> entries, in an unspecified order.
  using const_iterator = typename Rep::const_iterator;

  // The empty map map[].
  Map() noexcept = default;

  // A display map[k1 := v1, k2 := v2]; for a repeated key the last wins,
  // as in Dafny.
  Map(std::initializer_list<std::pair<K, V>> entries) {
    for (const auto& [k, v] : entries) {
      Mutable().Assign(k, v);
    }
  }

  // |m|.
  Int Cardinality() const { return Int(size()); }
  size_t size() const noexcept { return rep_ == nullptr ? 0 : rep_->size(); }
  bool empty() const noexcept { return size() == 0; }

  // k in m.
  bool Contains(const K& k) const { return rep_ != nullptr && rep_->Contains(k); }

  // m[k]. Precondition: k in m.
  const V& operator[](const K& k) const { return rep_->Find(k)->second; }

  // m[k := v].
  Map Update(const K& k, V v) const& {
    Map result = *this;
    return std::move(result).Update(k, std::move(v));
  }
  Map Update(const K& k, V v) && {
    Mutable().Assign(k, std::move(v));
    return std::move(*this);
  }

  // m.Keys, m.Values, m.Items.
  Set<K> Keys() const {
    std::vector<K> keys;
    keys.reserve(size());
    for (const auto& entry : *this) {
      keys.push_back(entry.first);
    }
    return Set<K>(keys.begin(), keys.end());
  }
  Set<V> Values() const {
    std::vector<V> values;
    values.reserve(size());
    for (const auto& entry : *this) {
      values.push_back(entry.second);
    }
    return Set<V>(values.begin(), values.end());
  }
  Set<Tuple<K, V>> Items() const {
    std::vector<Tuple<K, V>> items;
    items.reserve(size());
    for (const auto& [k, v] : *this) {
      items.emplace_back(k, v);
    }
    return Set<Tuple<K, V>>(items.begin(), items.end());
  }

  const_iterator begin() const { return Entries().begin(); }
  const_iterator end() const { return Entries().end(); }

  // a + b (merge): b's value wins for a key in both.
  friend Map operator+(Map a, const Map& b) {
    for (const auto& [k, v] : b) {
      a.Mutable().Assign(k, v);
    }
    return a;
  }

  // m - s: m without the keys in s.
  friend Map operator-(Map m, const Set<K>& keys) {
    for (const K& k : keys) {
      if (m.Contains(k)) {
        m.Mutable().Erase(k);
      }
    }
    return m;
  }

  // Same keys, and equal values for each.
  friend bool operator==(const Map& a, const Map& b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (const auto& [k, v] : a) {
      if (!b.Contains(k) || !(b[k] == v)) {
        return false;
      }
    }
    return true;
  }

  // Consistent with ==, independent of iteration order.
  size_t Hash() const {
    size_t hash = size();
    for (const auto& [k, v] : *this) {
      hash += internal::MixHash(internal::HashCombine(std::hash<K>{}(k), std::hash<V>{}(v)));
    }
    return hash;
  }

 private:
  static const Rep& EmptyRep() {
    static const Rep empty;
    return empty;
  }
  const Rep& Entries() const { return rep_ == nullptr ? EmptyRep() : *rep_; }

  // The storage, made private to this Map first (copy-on-write).
  Rep& Mutable() { return detail::MakePrivate(rep_); }

  std::shared_ptr<Rep> rep_;
};

// "map[]", "map[1 := 2, 3 := 4]", keys in C#'s order.
template <typename K, typename V>
void Print(std::ostream& out, const Map<K, V>& m) {
  using Entry = typename Map<K, V>::Rep::value_type;
  std::vector<const Entry*> items;
  items.reserve(m.size());
  for (const Entry& entry : m) {
    items.push_back(&entry);
  }
  internal::SortForPrint(items, [](const Entry& entry) -> const K& { return entry.first; });
  out.write("map[", 4);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i != 0) {
      out.write(", ", 2);
    }
    Print(out, items[i]->first);
    out.write(" := ", 4);
    Print(out, items[i]->second);
  }
  out.put(']');
}

}  // namespace dfy

template <typename K, typename V>
struct std::hash<dfy::Map<K, V>> {
  size_t operator()(const dfy::Map<K, V>& m) const { return m.Hash(); }
};

#endif  // DFY_MAP_H_
