// dfy::Multiset<T>: Dafny's immutable finite `multiset<T>`.
//
// Representation: a shared hash table (hash_table.h) from each element to its
// multiplicity (always >= 1; absent means 0) and the cached cardinality,
// null for the empty multiset. Sharing and in-place updates of unshared
// rvalues as in set.h. Printing repeats each element by its multiplicity,
// elements in C#'s order (dafny_hash.h).
#ifndef DFY_MULTISET_H_
#define DFY_MULTISET_H_

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <ostream>
#include <type_traits>
#include <utility>
#include <vector>

#include "dfy/copy_on_write.h"
#include "dfy/dafny_hash.h"
#include "dfy/hash_table.h"
#include "dfy/int.h"
#include "dfy/print.h"
#include "dfy/seq.h"
#include "dfy/set.h"

namespace dfy {

template <typename T>
class Multiset {
 public:
  using value_type = T;
  using Counts = internal::HashTable<std::pair<T, Int>, T, internal::EntryFirstIsKey>;
  // Iterates (element, multiplicity) pairs, each distinct element once.
  using const_iterator = typename Counts::const_iterator;

  // The empty multiset multiset{}.
  Multiset() noexcept = default;

  // A display multiset{a, b, a}.
  Multiset(std::initializer_list<T> elements) : Multiset(elements.begin(), elements.end()) {}

  // Each element of [first, last) once per occurrence.
  template <std::input_iterator It>
  Multiset(It first, It last) {
    for (; first != last; ++first) {
      Add(*first, Int(1));
    }
  }

  // A multiset of objects as a multiset of a supertype of theirs (multiset<C> as
  // multiset<object>): Dafny's collections are covariant, C++'s are not.
  template <typename U>
  requires(!std::same_as<U, T> && std::is_pointer_v<U> &&
           std::convertible_to<U, T>) explicit Multiset(const Multiset<U>& objects) {
    for (const auto& [x, n] : objects) {
      Add(x, n);
    }
  }

  // multiset(s) for a seq or a set.
  static Multiset FromSeq(const Seq<T>& s) { return Multiset(s.begin(), s.end()); }
  static Multiset FromSet(const Set<T>& s) { return Multiset(s.begin(), s.end()); }

  // |m|: the number of elements, counting multiplicity.
  Int Cardinality() const { return rep_ == nullptr ? Int(0) : rep_->size; }
  // The number of distinct elements.
  size_t DistinctSize() const noexcept { return rep_ == nullptr ? 0 : rep_->counts.size(); }
  bool empty() const noexcept { return DistinctSize() == 0; }

  // m[x]: the multiplicity of x (0 when absent).
  Int Multiplicity(const T& x) const {
    if (rep_ == nullptr) {
      return Int(0);
    }
    const auto* entry = rep_->counts.Find(x);
    return entry == nullptr ? Int(0) : entry->second;
  }

  // x in m.
  bool Contains(const T& x) const { return rep_ != nullptr && rep_->counts.Contains(x); }

  // m[x := n]: x with multiplicity n. Precondition: n >= 0.
  Multiset Update(const T& x, const Int& n) const& {
    Multiset result = *this;
    return std::move(result).Update(x, n);
  }
  Multiset Update(const T& x, const Int& n) && {
    Add(x, n - Multiplicity(x));
    return std::move(*this);
  }

  const_iterator begin() const { return Entries().begin(); }
  const_iterator end() const { return Entries().end(); }

  // a + b: multiplicities add.
  friend Multiset operator+(Multiset a, const Multiset& b) {
    for (const auto& [x, n] : b) {
      a.Add(x, n);
    }
    return a;
  }

  // a * b: the smaller multiplicity.
  friend Multiset operator*(const Multiset& a, const Multiset& b) {
    Multiset result;
    for (const auto& [x, n] : a) {
      Int m = b.Multiplicity(x);
      if (m != 0) {
        result.Add(x, n < m ? n : m);
      }
    }
    return result;
  }

  // a - b: multiplicities subtract, down to 0.
  friend Multiset operator-(const Multiset& a, const Multiset& b) {
    Multiset result;
    for (const auto& [x, n] : a) {
      Int m = b.Multiplicity(x);
      if (m < n) {
        result.Add(x, n - m);
      }
    }
    return result;
  }

  friend bool operator==(const Multiset& a, const Multiset& b) {
    return a.DistinctSize() == b.DistinctSize() && a.Cardinality() == b.Cardinality() && a <= b;
  }

  // Sub-multiset (<=: every multiplicity at most), proper (<), and the
  // converses: a partial order, so not for sorting.
  friend bool operator<=(const Multiset& a, const Multiset& b) {
    for (const auto& [x, n] : a) {
      if (b.Multiplicity(x) < n) {
        return false;
      }
    }
    return true;
  }
  friend bool operator<(const Multiset& a, const Multiset& b) {
    return a.Cardinality() < b.Cardinality() && a <= b;
  }
  friend bool operator>=(const Multiset& a, const Multiset& b) { return b <= a; }
  friend bool operator>(const Multiset& a, const Multiset& b) { return b < a; }

  // a !! b: no common element.
  bool IsDisjointFrom(const Multiset& other) const {
    for (const auto& entry : *this) {
      if (other.Contains(entry.first)) {
        return false;
      }
    }
    return true;
  }

  // Consistent with ==, independent of iteration order.
  size_t Hash() const {
    size_t hash = DistinctSize();
    for (const auto& [x, n] : *this) {
      hash += internal::MixHash(internal::HashCombine(std::hash<T>{}(x), n.Hash()));
    }
    return hash;
  }

 private:
  struct Rep {
    Counts counts;
    Int size;
  };

  static const Counts& EmptyCounts() {
    static const Counts empty;
    return empty;
  }
  const Counts& Entries() const { return rep_ == nullptr ? EmptyCounts() : rep_->counts; }

  // Adds `delta` (possibly negative, never below 0 in total) to x's
  // multiplicity, on storage private to this multiset (copy-on-write).
  void Add(const T& x, const Int& delta) {
    if (delta == 0) {
      return;
    }
    detail::MakePrivate(rep_);
    auto [entry, inserted] =
        rep_->counts.FindOrInsert(x, [&] { return std::pair<T, Int>(x, Int(0)); });
    entry->second += delta;
    rep_->size += delta;
    if (entry->second == 0) {
      rep_->counts.Erase(x);
    }
  }

  std::shared_ptr<Rep> rep_;
};

// "multiset{}", "multiset{1, 1, 2}": each element as many times as it
// occurs, elements in C#'s order.
template <typename T>
void Print(std::ostream& out, const Multiset<T>& m) {
  using Entry = typename Multiset<T>::Counts::value_type;
  std::vector<const Entry*> items;
  items.reserve(m.DistinctSize());
  for (const Entry& entry : m) {
    items.push_back(&entry);
  }
  internal::SortForPrint(items, [](const Entry& entry) -> const T& { return entry.first; });
  out.write("multiset{", 9);
  bool first = true;
  for (const Entry* entry : items) {
    for (Int i = 0; i < entry->second; i += 1) {
      if (!first) {
        out.write(", ", 2);
      }
      first = false;
      Print(out, entry->first);
    }
  }
  out.put('}');
}

// C#'s MultiSet.GetHashCode: h = 1; per distinct element x with count n,
// k = (x.hash << 3) | ((x.hash >> 29) ^ n.hash); h *= k + 3.
template <internal::HasDafnyHash T>
int32_t DafnyHash(const Multiset<T>& m) {
  uint32_t hash = 1;
  for (const auto& [x, n] : m) {
    int32_t key = internal::DafnyHashStep(DafnyHash(x), DafnyHash(n));
    hash *= static_cast<uint32_t>(key) + 3u;
  }
  return static_cast<int32_t>(hash);
}

}  // namespace dfy

template <typename T>
struct std::hash<dfy::Multiset<T>> {
  size_t operator()(const dfy::Multiset<T>& m) const { return m.Hash(); }
};

#endif  // DFY_MULTISET_H_
