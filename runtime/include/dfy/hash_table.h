// dfy::internal::HashTable: the hash table behind Set, Map and Multiset.
//
// Open addressing with linear probing in Robin Hood order, a power-of-two
// number of slots, at most 3/4 of them full, and deletion by backward
// shifting (no tombstones). Entries live in the slot array itself, so a
// lookup is one multiply and, typically, one cache line; std::unordered_map
// needs a division by a prime and two or three dependent loads through its
// nodes. Hashes come from std::hash<Key> and are mixed (Fibonacci hashing:
// multiply by 2^64/phi, keep the top bits), so an identity std::hash, as for
// integers and pointers, still spreads.
//
// Inserting or erasing may move entries: references and iterators into a
// table are invalidated by any change to it (the collections never hand
// them out across a change). Iteration is in slot order, deterministic for
// a given sequence of operations.
#ifndef DFY_HASH_TABLE_H_
#define DFY_HASH_TABLE_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <memory>
#include <utility>

namespace dfy::internal {

// The key of a set's entry is the entry itself.
struct EntryIsKey {
  template <typename E>
  static const E& Get(const E& entry) noexcept {
    return entry;
  }
};

// The key of a map's entry (a std::pair) is its first component.
struct EntryFirstIsKey {
  template <typename E>
  static const auto& Get(const E& entry) noexcept {
    return entry.first;
  }
};

template <typename Entry, typename Key, typename KeyOf>
class HashTable {
  struct Slot {
    // 0: empty; else 1 + the distance of the entry from its home slot.
    uint32_t dist = 0;
    union {
      Entry entry;
    };
    Slot() noexcept {}
    ~Slot() {}
  };

 public:
  using value_type = Entry;

  // Iterates the entries in slot order.
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Entry;
    using difference_type = std::ptrdiff_t;
    using pointer = const Entry*;
    using reference = const Entry&;

    const_iterator() noexcept = default;
    reference operator*() const noexcept { return slot_->entry; }
    pointer operator->() const noexcept { return &slot_->entry; }
    const_iterator& operator++() noexcept {
      ++slot_;
      SkipEmpty();
      return *this;
    }
    const_iterator operator++(int) noexcept {
      const_iterator old = *this;
      ++*this;
      return old;
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) noexcept {
      return a.slot_ == b.slot_;
    }

   private:
    friend class HashTable;
    const_iterator(const Slot* slot, const Slot* end) noexcept : slot_(slot), end_(end) {
      SkipEmpty();
    }
    void SkipEmpty() noexcept {
      while (slot_ != end_ && slot_->dist == 0) {
        ++slot_;
      }
    }
    const Slot* slot_ = nullptr;
    const Slot* end_ = nullptr;
  };

  HashTable() noexcept = default;

  // The entries of [first, last), the first of equal keys kept.
  template <std::input_iterator It>
  HashTable(It first, It last) {
    if constexpr (std::forward_iterator<It>) {
      Reserve(static_cast<size_t>(std::distance(first, last)));
    }
    for (; first != last; ++first) {
      Insert(Entry(*first));
    }
  }

  // Same slots, same order.
  HashTable(const HashTable& other) : size_(other.size_), shift_(other.shift_) {
    if (other.slots_ == nullptr) {
      return;
    }
    size_t capacity = other.Capacity();
    slots_ = std::make_unique<Slot[]>(capacity);
    for (size_t i = 0; i < capacity; ++i) {
      if (other.slots_[i].dist != 0) {
        std::construct_at(&slots_[i].entry, other.slots_[i].entry);
        slots_[i].dist = other.slots_[i].dist;
      }
    }
  }

  HashTable(HashTable&& other) noexcept
      : slots_(std::move(other.slots_)),
        size_(std::exchange(other.size_, 0)),
        shift_(std::exchange(other.shift_, 64)) {}

  HashTable& operator=(HashTable other) noexcept {
    std::swap(slots_, other.slots_);
    std::swap(size_, other.size_);
    std::swap(shift_, other.shift_);
    return *this;
  }

  ~HashTable() { DestroyEntries(); }

  size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }

  const_iterator begin() const noexcept {
    return const_iterator(slots_.get(), slots_.get() + Capacity());
  }
  const_iterator end() const noexcept {
    const Slot* end = slots_.get() + Capacity();
    return const_iterator(end, end);
  }

  // The entry with `key`, or null.
  const Entry* Find(const Key& key) const {
    size_t i = IndexOf(key);
    return i == kAbsent ? nullptr : &slots_[i].entry;
  }
  Entry* Find(const Key& key) {
    size_t i = IndexOf(key);
    return i == kAbsent ? nullptr : &slots_[i].entry;
  }

  bool Contains(const Key& key) const { return IndexOf(key) != kAbsent; }

  // The entry with `key`; if there is none, first inserts make(), an Entry
  // whose key equals `key`. Returns the entry and whether it was inserted.
  // `key` may refer into this table.
  template <typename Make>
  std::pair<Entry*, bool> FindOrInsert(const Key& key, Make&& make) {
    if (Entry* found = Find(key)) {
      return {found, false};
    }
    // Built before the table grows, so a `key` inside the table is still valid.
    Entry entry = make();
    return {InsertNew(std::move(entry)), true};
  }

  // Map entries: key := value, inserting or replacing. `key` may refer into
  // this table.
  template <typename V>
  void Assign(const Key& key, V&& value) {
    auto [entry, inserted] = FindOrInsert(key, [&] { return Entry(key, std::forward<V>(value)); });
    if (!inserted) {
      entry->second = std::forward<V>(value);
    }
  }

  // Inserts `entry` unless its key is present. True if inserted.
  bool Insert(Entry entry) {
    if (IndexOf(KeyOf::Get(entry)) != kAbsent) {
      return false;
    }
    InsertNew(std::move(entry));
    return true;
  }

  // Removes the entry with `key`, if any. True if there was one.
  bool Erase(const Key& key) {
    size_t i = IndexOf(key);
    if (i == kAbsent) {
      return false;
    }
    size_t mask = Capacity() - 1;
    std::destroy_at(&slots_[i].entry);
    // Backward shift: pull each following displaced entry one slot closer to
    // its home, up to an empty slot or an entry already at home.
    for (size_t j = (i + 1) & mask; slots_[j].dist > 1; i = j, j = (j + 1) & mask) {
      std::construct_at(&slots_[i].entry, std::move(slots_[j].entry));
      slots_[i].dist = slots_[j].dist - 1;
      std::destroy_at(&slots_[j].entry);
    }
    slots_[i].dist = 0;
    --size_;
    return true;
  }

  // Makes room for `count` entries without growing again.
  void Reserve(size_t count) {
    size_t capacity = kMinCapacity;
    while (MaxSize(capacity) < count) {
      capacity *= 2;
    }
    if (capacity > Capacity()) {
      Rehash(capacity);
    }
  }

 private:
  static constexpr size_t kMinCapacity = 8;
  static constexpr size_t kAbsent = ~size_t{0};

  // The slot holding `key`, or kAbsent.
  size_t IndexOf(const Key& key) const {
    if (size_ == 0) {
      return kAbsent;
    }
    size_t mask = Capacity() - 1;
    size_t i = Home(key);
    for (uint32_t dist = 1;; ++dist, i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      // An empty slot, or an entry closer to its home than `key` would be:
      // Robin Hood order says `key` is absent.
      if (slot.dist < dist) {
        return kAbsent;
      }
      if (slot.dist == dist && KeyOf::Get(slot.entry) == key) {
        return i;
      }
    }
  }

  // At most 3/4 of the slots are used.
  static constexpr size_t MaxSize(size_t capacity) noexcept { return capacity - capacity / 4; }

  size_t Capacity() const noexcept { return slots_ == nullptr ? 0 : size_t{1} << (64 - shift_); }

  size_t Home(const Key& key) const noexcept {
    uint64_t hash = static_cast<uint64_t>(std::hash<Key>{}(key));
    return static_cast<size_t>((hash * 0x9E3779B97F4A7C15ULL) >> shift_);
  }

  // Inserts `entry`, whose key is absent.
  Entry* InsertNew(Entry entry) {
    if (size_ + 1 > MaxSize(Capacity())) {
      Rehash(slots_ == nullptr ? kMinCapacity : Capacity() * 2);
    }
    size_t mask = Capacity() - 1;
    size_t i = Home(KeyOf::Get(entry));
    uint32_t dist = 1;
    Entry* placed = nullptr;
    for (;; ++dist, i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.dist == 0) {
        std::construct_at(&slot.entry, std::move(entry));
        slot.dist = dist;
        ++size_;
        return placed != nullptr ? placed : &slot.entry;
      }
      // Robin Hood: the entry farther from home takes the slot, and the
      // displaced one continues the search.
      if (slot.dist < dist) {
        std::swap(entry, slot.entry);
        std::swap(dist, slot.dist);
        if (placed == nullptr) {
          placed = &slot.entry;
        }
      }
    }
  }

  void Rehash(size_t capacity) {
    size_t old_capacity = Capacity();
    std::unique_ptr<Slot[]> old = std::move(slots_);
    slots_ = std::make_unique<Slot[]>(capacity);
    shift_ = 64 - std::countr_zero(capacity);
    size_ = 0;
    if (old == nullptr) {
      return;
    }
    for (size_t i = 0; i < old_capacity; ++i) {
      if (old[i].dist != 0) {
        InsertNew(std::move(old[i].entry));
        std::destroy_at(&old[i].entry);
      }
    }
  }

  void DestroyEntries() noexcept {
    if (slots_ == nullptr) {
      return;
    }
    size_t capacity = Capacity();
    for (size_t i = 0; i < capacity; ++i) {
      if (slots_[i].dist != 0) {
        std::destroy_at(&slots_[i].entry);
      }
    }
  }

  std::unique_ptr<Slot[]> slots_;
  size_t size_ = 0;
  // 64 - log2(number of slots): Home keeps the top bits of the mixed hash.
  int shift_ = 64;
};

}  // namespace dfy::internal

#endif  // DFY_HASH_TABLE_H_
