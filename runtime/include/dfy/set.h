// dfy::Set<T>: Dafny's immutable finite `set<T>`.
//
// Representation: a shared open-addressing hash table (hash_table.h, with
// std::hash<T> and ==), null for the empty set. Copies share it; every operation builds a new one,
// except that an operand the caller gives up (an rvalue, e.g. the
// temporary in (a + b) + c) whose storage nobody else holds is updated in
// place. Printing sorts the elements into C#'s order (dafny_hash.h).
#ifndef DFY_SET_H_
#define DFY_SET_H_

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

namespace dfy {

template <typename T>
class Set {
 public:
  using value_type = T;
  using Rep = internal::HashTable<T, T, internal::EntryIsKey>;
  using const_iterator = typename Rep::const_iterator;

  // The empty set {}.
  Set() noexcept = default;

  // A display {a, b, a}; duplicates collapse.
  Set(std::initializer_list<T> elements) : Set(elements.begin(), elements.end()) {}

  // The elements of [first, last).
  template <std::input_iterator It>
  Set(It first, It last) {
    if (first != last) {
      rep_ = std::make_shared<Rep>(first, last);
    }
  }

  // A set of objects as a set of a supertype of theirs (set<C> as set<object>): Dafny's
  // collections are covariant, C++'s are not.
  template <typename U>
  requires(!std::same_as<U, T> && std::is_pointer_v<U> &&
           std::convertible_to<U, T>) explicit Set(const Set<U>& objects)
      : Set(objects.begin(), objects.end()) {}

  // |s|.
  Int Cardinality() const { return Int(size()); }
  size_t size() const noexcept { return rep_ == nullptr ? 0 : rep_->size(); }
  bool empty() const noexcept { return size() == 0; }

  // x in s.
  bool Contains(const T& x) const { return rep_ != nullptr && rep_->Contains(x); }

  // In an unspecified order (print order is separate).
  const_iterator begin() const { return Elements().begin(); }
  const_iterator end() const { return Elements().end(); }

  // Adds x in place (copy-on-write): for building a set element by element,
  // as a set comprehension does.
  void Insert(T x) { Mutable().Insert(std::move(x)); }

  // s + {x} and s - {x} without building {x}; in place on an unshared
  // rvalue (`s := s + {x}`, where the compiler moves s).
  Set Add(T x) const& {
    Set result = *this;
    return std::move(result).Add(std::move(x));
  }
  Set Add(T x) && {
    if (Unique()) {
      rep_->Insert(std::move(x));  // one lookup
    } else if (!Contains(x)) {
      Mutable().Insert(std::move(x));
    }
    return std::move(*this);
  }
  Set Remove(const T& x) const& {
    Set result = *this;
    return std::move(result).Remove(x);
  }
  Set Remove(const T& x) && {
    if (Contains(x)) {
      Mutable().Erase(x);
    }
    return std::move(*this);
  }

  // a + b (union).
  friend Set operator+(Set a, const Set& b) {
    if (a.size() < b.size() && !a.Unique()) {
      return Set(b) + a;
    }
    for (const T& x : b) {
      a.Mutable().Insert(x);
    }
    return a;
  }

  // a * b (intersection).
  friend Set operator*(const Set& a, const Set& b) {
    const Set& small = a.size() <= b.size() ? a : b;
    const Set& large = a.size() <= b.size() ? b : a;
    Set result;
    for (const T& x : small) {
      if (large.Contains(x)) {
        result.Mutable().Insert(x);
      }
    }
    return result;
  }

  // a - b (difference).
  friend Set operator-(Set a, const Set& b) {
    if (a.Unique()) {
      for (const T& x : b) {
        a.rep_->Erase(x);
      }
      return a;
    }
    Set result;
    for (const T& x : a) {
      if (!b.Contains(x)) {
        result.Mutable().Insert(x);
      }
    }
    return result;
  }

  friend bool operator==(const Set& a, const Set& b) { return a.size() == b.size() && a <= b; }

  // Subset (<=), proper subset (<), superset (>=), proper superset (>):
  // a partial order, so not for sorting.
  friend bool operator<=(const Set& a, const Set& b) {
    if (a.size() > b.size()) {
      return false;
    }
    for (const T& x : a) {
      if (!b.Contains(x)) {
        return false;
      }
    }
    return true;
  }
  friend bool operator<(const Set& a, const Set& b) { return a.size() < b.size() && a <= b; }
  friend bool operator>=(const Set& a, const Set& b) { return b <= a; }
  friend bool operator>(const Set& a, const Set& b) { return b < a; }

  // a !! b: no common element.
  bool IsDisjointFrom(const Set& other) const {
    const Set& small = size() <= other.size() ? *this : other;
    const Set& large = size() <= other.size() ? other : *this;
    for (const T& x : small) {
      if (large.Contains(x)) {
        return false;
      }
    }
    return true;
  }

  // Consistent with ==, independent of iteration order.
  size_t Hash() const {
    size_t hash = size();
    for (const T& x : *this) {
      hash += internal::MixHash(std::hash<T>{}(x));
    }
    return hash;
  }

 private:
  static const Rep& EmptyRep() {
    static const Rep empty;
    return empty;
  }
  const Rep& Elements() const { return rep_ == nullptr ? EmptyRep() : *rep_; }
  bool Unique() const { return rep_ != nullptr && rep_.use_count() == 1; }

  // The storage, made private to this Set first (copy-on-write).
  Rep& Mutable() { return detail::MakePrivate(rep_); }

  std::shared_ptr<Rep> rep_;
};

// "{}", "{1, 2}": elements printed with the generic printer, in C#'s order.
template <typename T>
void Print(std::ostream& out, const Set<T>& s) {
  std::vector<const T*> items;
  items.reserve(s.size());
  for (const T& x : s) {
    items.push_back(&x);
  }
  internal::SortForPrint(items, [](const T& x) -> const T& { return x; });
  out.put('{');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i != 0) {
      out.write(", ", 2);
    }
    Print(out, *items[i]);
  }
  out.put('}');
}

// C#'s Set.GetHashCode: h = 1; h *= DafnyHash(x) + 3 per element.
template <internal::HasDafnyHash T>
int32_t DafnyHash(const Set<T>& s) {
  uint32_t hash = 1;
  for (const T& x : s) {
    hash *= static_cast<uint32_t>(DafnyHash(x)) + 3u;
  }
  return static_cast<int32_t>(hash);
}

}  // namespace dfy

template <typename T>
struct std::hash<dfy::Set<T>> {
  size_t operator()(const dfy::Set<T>& s) const { return s.Hash(); }
};

#endif  // DFY_SET_H_
