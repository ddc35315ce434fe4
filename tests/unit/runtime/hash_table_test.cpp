// Tests for runtime/include/dfy/hash_table.h: the open-addressing table behind Set, Map and
// Multiset, checked against std::unordered_map under random insertions, erasures and copies.
#include "dfy/hash_table.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "dfy/int.h"

namespace {

// A key whose hashes all collide: every entry lands in one probe run, which is the worst case
// for Robin Hood order and backward-shift deletion.
struct Colliding {
  int value;
  friend bool operator==(const Colliding& a, const Colliding& b) { return a.value == b.value; }
};

}  // namespace

template <>
struct std::hash<Colliding> {
  size_t operator()(const Colliding&) const noexcept { return 42; }
};

namespace dfy::internal {
namespace {

template <typename K>
using TestMap = HashTable<std::pair<K, int>, K, EntryFirstIsKey>;

// The table's entries as an ordered map, to compare with a reference.
template <typename K, typename Less>
std::map<K, int, Less> Contents(const TestMap<K>& table) {
  std::map<K, int, Less> out;
  for (const auto& [k, v] : table) {
    CHECK(out.emplace(k, v).second);
  }
  return out;
}

// Random operations on keys drawn from [0, range): the table and std::map must agree on
// every lookup, on the size and, after each round, on the whole contents (also of a copy).
template <typename K, typename Less, typename MakeKey>
void CheckAgainstReference(int range, int steps, MakeKey make_key) {
  std::mt19937 random(7);
  TestMap<K> table;
  std::map<K, int, Less> reference;
  for (int step = 0; step < steps; ++step) {
    K key = make_key(static_cast<int>(random() % static_cast<unsigned>(range)));
    switch (random() % 4) {
      case 0:
      case 1: {
        table.Assign(key, step);
        reference[key] = step;
        break;
      }
      case 2: {
        CHECK(table.Erase(key) == (reference.erase(key) == 1));
        break;
      }
      default: {
        auto* found = table.Find(key);
        auto it = reference.find(key);
        REQUIRE((found != nullptr) == (it != reference.end()));
        if (found != nullptr) {
          CHECK(found->second == it->second);
        }
      }
    }
    REQUIRE(table.size() == reference.size());
    if (step % 997 == 0) {
      CHECK(Contents<K, Less>(table) == reference);
      TestMap<K> copy = table;
      CHECK(Contents<K, Less>(copy) == reference);
    }
  }
  CHECK(Contents<K, Less>(table) == reference);
  // Erase everything: the table is empty and still usable.
  for (const auto& [k, v] : reference) {
    CHECK(table.Erase(k));
  }
  CHECK(table.empty());
  CHECK(table.begin() == table.end());
  table.Assign(make_key(1), 5);
  CHECK(table.Find(make_key(1))->second == 5);
}

TEST_CASE("HashTable agrees with std::map: int keys, growth and erasure") {
  CheckAgainstReference<int64_t, std::less<>>(5000, 60000, [](int i) { return int64_t{i}; });
}

TEST_CASE("HashTable agrees with std::map: dfy::Int keys, small and big") {
  CheckAgainstReference<Int, std::less<>>(3000, 30000, [](int i) {
    // Every third key is beyond 2^64, so big Ints move through the slots too.
    return i % 3 == 0 ? Int::FromString("100000000000000000000") + i : Int(i);
  });
}

TEST_CASE("HashTable agrees with std::map: every hash colliding") {
  struct Less {
    bool operator()(const Colliding& a, const Colliding& b) const { return a.value < b.value; }
  };
  CheckAgainstReference<Colliding, Less>(300, 6000, [](int i) { return Colliding{i}; });
}

TEST_CASE("HashTable: sets of strings, construction from a range, first of equal keys kept") {
  using StringSet = HashTable<std::string, std::string, EntryIsKey>;
  std::vector<std::string> words = {"b", "a", "b", "c", "a"};
  StringSet set(words.begin(), words.end());
  CHECK(set.size() == 3);
  CHECK(set.Contains("a"));
  CHECK_FALSE(set.Contains("d"));
  CHECK_FALSE(set.Insert("a"));
  CHECK(set.Insert("d"));
  CHECK(set.size() == 4);
  StringSet moved = std::move(set);
  CHECK(moved.size() == 4);
  CHECK(set.empty());  // NOLINT(bugprone-use-after-move): a moved-from table is empty.
  CHECK_FALSE(set.Contains("a"));
  set = moved;
  CHECK(set.Contains("d"));
}

TEST_CASE("HashTable: FindOrInsert with a key that lives in the table itself") {
  TestMap<std::string> table;
  for (int i = 0; i < 6; ++i) {
    table.Assign(std::string(20, static_cast<char>('a' + i)), i);
  }
  // The seventh entry makes the table grow; the key is read from an entry about to move.
  const std::string& inside = table.Find(std::string(20, 'a'))->first;
  table.Assign(inside, 100);
  CHECK(table.size() == 6);
  for (int i = 6; i < 40; ++i) {
    const std::string& key = table.begin()->first;
    std::string suffix = std::to_string(i);
    auto [entry, inserted] = table.FindOrInsert(
        key + suffix, [&] { return std::pair<std::string, int>(key + suffix, i); });
    CHECK(inserted);
    CHECK(entry->second == i);
  }
  CHECK(table.size() == 40);
}

}  // namespace
}  // namespace dfy::internal
