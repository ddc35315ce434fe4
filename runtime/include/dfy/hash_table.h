// dfy::internal::HashTable: the hash table behind Set, Map and Multiset.
//
// Open addressing with linear probing in Robin Hood order, a power-of-two
// number of slots, at most 7/8 of them full, and deletion by backward
// shifting (no tombstones). The entries live in one array of slots and each
// slot's probe distance in a second, parallel array of 16-bit words, so a
// map<int, int> takes 18 bytes a slot: the table stays small enough for the
// caches (an entry beside a 4-byte distance would take 24, and at a 3/4 load
// factor a table of 50,000 entries took 3 MB instead of 1.2 MB). A lookup is
// one multiply, a read of the distances and, typically, one entry;
// std::unordered_map needs a division by a prime and two or three dependent
// loads through its nodes. Hashes come from std::hash<Key> and are mixed
// (Fibonacci hashing: multiply by 2^64/phi, keep the top bits), so an
// identity std::hash, as for integers and pointers, still spreads.
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

// Aborts with a message: more than 65,534 keys share one probe run, which
// only a std::hash that maps a huge number of keys to one value can cause.
[[noreturn]] void ProbeRunOverflow();

template <typename Entry, typename Key, typename KeyOf>
class HashTable {
  // Storage for one entry, constructed only while its slot is used.
  union Cell {
    Entry entry;
    Cell() noexcept {}
    ~Cell() {}
  };
  // A slot's distance word: 0 for an empty slot, else 1 + the distance of
  // its entry from its home slot.
  using Dist = uint16_t;
  static constexpr uint32_t kMaxDist = 0xFFFF;

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
    reference operator*() const noexcept { return cell_->entry; }
    pointer operator->() const noexcept { return &cell_->entry; }
    const_iterator& operator++() noexcept {
      ++dist_;
      ++cell_;
      SkipEmpty();
      return *this;
    }
    const_iterator operator++(int) noexcept {
      const_iterator old = *this;
      ++*this;
      return old;
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) noexcept {
      return a.dist_ == b.dist_;
    }

   private:
    friend class HashTable;
    const_iterator(const Dist* dist, const Dist* end, const Cell* cell) noexcept
        : dist_(dist), end_(end), cell_(cell) {
      SkipEmpty();
    }
    void SkipEmpty() noexcept {
      while (dist_ != end_ && *dist_ == 0) {
        ++dist_;
        ++cell_;
      }
    }
    const Dist* dist_ = nullptr;
    const Dist* end_ = nullptr;
    const Cell* cell_ = nullptr;
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
    if (other.dists_ == nullptr) {
      return;
    }
    size_t capacity = other.Capacity();
    Allocate(capacity);
    for (size_t i = 0; i < capacity; ++i) {
      if (other.dists_[i] != 0) {
        std::construct_at(&cells_[i].entry, other.cells_[i].entry);
        dists_[i] = other.dists_[i];
      }
    }
  }

  HashTable(HashTable&& other) noexcept
      : cells_(std::move(other.cells_)),
        dists_(std::move(other.dists_)),
        size_(std::exchange(other.size_, 0)),
        shift_(std::exchange(other.shift_, 64)) {}

  HashTable& operator=(HashTable other) noexcept {
    std::swap(cells_, other.cells_);
    std::swap(dists_, other.dists_);
    std::swap(size_, other.size_);
    std::swap(shift_, other.shift_);
    return *this;
  }

  ~HashTable() { DestroyEntries(); }

  size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }

  const_iterator begin() const noexcept {
    return const_iterator(dists_.get(), dists_.get() + Capacity(), cells_.get());
  }
  const_iterator end() const noexcept {
    const Dist* end = dists_.get() + Capacity();
    return const_iterator(end, end, cells_.get() + Capacity());
  }

  // The entry with `key`, or null.
  const Entry* Find(const Key& key) const {
    size_t i = IndexOf(key);
    return i == kAbsent ? nullptr : &cells_[i].entry;
  }
  Entry* Find(const Key& key) {
    size_t i = IndexOf(key);
    return i == kAbsent ? nullptr : &cells_[i].entry;
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
    std::destroy_at(&cells_[i].entry);
    // Backward shift: pull each following displaced entry one slot closer to
    // its home, up to an empty slot or an entry already at home.
    for (size_t j = (i + 1) & mask; dists_[j] > 1; i = j, j = (j + 1) & mask) {
      std::construct_at(&cells_[i].entry, std::move(cells_[j].entry));
      dists_[i] = static_cast<Dist>(dists_[j] - 1);
      std::destroy_at(&cells_[j].entry);
    }
    dists_[i] = 0;
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
      uint32_t here = dists_[i];
      // An empty slot, or an entry closer to its home than `key` would be:
      // Robin Hood order says `key` is absent.
      if (here < dist) {
        return kAbsent;
      }
      if (here == dist && KeyOf::Get(cells_[i].entry) == key) {
        return i;
      }
    }
  }

  // At most 7/8 of the slots are used. Robin Hood order keeps probe runs
  // short at that load (lookups read the 2-byte distances first).
  static constexpr size_t MaxSize(size_t capacity) noexcept { return capacity - capacity / 8; }

  size_t Capacity() const noexcept { return dists_ == nullptr ? 0 : size_t{1} << (64 - shift_); }

  size_t Home(const Key& key) const noexcept {
    uint64_t hash = static_cast<uint64_t>(std::hash<Key>{}(key));
    return static_cast<size_t>((hash * 0x9E3779B97F4A7C15ULL) >> shift_);
  }

  // Empty slots: distances zeroed, cells left unconstructed.
  void Allocate(size_t capacity) {
    cells_ = std::make_unique<Cell[]>(capacity);
    dists_ = std::make_unique<Dist[]>(capacity);
  }

  // Inserts `entry`, whose key is absent.
  Entry* InsertNew(Entry entry) {
    if (size_ + 1 > MaxSize(Capacity())) {
      Rehash(dists_ == nullptr ? kMinCapacity : Capacity() * 2);
    }
    size_t mask = Capacity() - 1;
    size_t i = Home(KeyOf::Get(entry));
    uint32_t dist = 1;
    Entry* placed = nullptr;
    for (;; ++dist, i = (i + 1) & mask) {
      if (dist == kMaxDist) [[unlikely]] {
        ProbeRunOverflow();
      }
      uint32_t here = dists_[i];
      if (here == 0) {
        std::construct_at(&cells_[i].entry, std::move(entry));
        dists_[i] = static_cast<Dist>(dist);
        ++size_;
        return placed != nullptr ? placed : &cells_[i].entry;
      }
      // Robin Hood: the entry farther from home takes the slot, and the
      // displaced one continues the search.
      if (here < dist) {
        std::swap(entry, cells_[i].entry);
        dists_[i] = static_cast<Dist>(dist);
        dist = here;
        if (placed == nullptr) {
          placed = &cells_[i].entry;
        }
      }
    }
  }

  void Rehash(size_t capacity) {
    size_t old_capacity = Capacity();
    std::unique_ptr<Cell[]> old_cells = std::move(cells_);
    std::unique_ptr<Dist[]> old_dists = std::move(dists_);
    Allocate(capacity);
    shift_ = 64 - std::countr_zero(capacity);
    size_ = 0;
    if (old_dists == nullptr) {
      return;
    }
    for (size_t i = 0; i < old_capacity; ++i) {
      if (old_dists[i] != 0) {
        InsertNew(std::move(old_cells[i].entry));
        std::destroy_at(&old_cells[i].entry);
      }
    }
  }

  void DestroyEntries() noexcept {
    if (dists_ == nullptr) {
      return;
    }
    size_t capacity = Capacity();
    for (size_t i = 0; i < capacity; ++i) {
      if (dists_[i] != 0) {
        std::destroy_at(&cells_[i].entry);
      }
    }
  }

  std::unique_ptr<Cell[]> cells_;
  std::unique_ptr<Dist[]> dists_;
  size_t size_ = 0;
  // 64 - log2(number of slots): Home keeps the top bits of the mixed hash.
  int shift_ = 64;
};

}  // namespace dfy::internal

#endif  // DFY_HASH_TABLE_H_
