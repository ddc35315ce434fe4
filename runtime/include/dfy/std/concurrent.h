// The {:extern} classes of dfyc's standard library module Std.Concurrent
// (stdlib/Std/Concurrent.dfy): Lock, AtomicBox<T> and MutableMap<K, V>. The header dfyc
// generates for a program that uses the module includes this file (backend/README.md,
// "Externs"); the namespace is the module's.
//
// Thread-safe: each object has its own std::mutex, held for the whole of each operation, so
// C++ threads that share one (a program's {:extern} code may start them) see every Get, Put,
// Remove, ... as atomic. The values stored are Dafny values (copied in and out under the
// mutex). Dafny's C# differs in one place: its Lock objects all share one static mutex; here
// each Lock is its own.
#ifndef DFY_STD_CONCURRENT_H_
#define DFY_STD_CONCURRENT_H_

#include <condition_variable>
#include <mutex>
#include <optional>
#include <string_view>
#include <utility>

#include "dfy/int.h"
#include "dfy/map.h"
#include "dfy/object.h"
#include "dfy/set.h"
#include "dfy/tuple.h"

// Std.Wrappers' Option, which MutableMap::Get returns; the generated code defines it (a
// program that uses Std.Concurrent uses Std.Wrappers) before any call instantiates Get.
namespace Std::Wrappers {
template <typename T>
class Option;
}  // namespace Std::Wrappers

namespace Std::Concurrent {

// A lock that is not reentrant and has no owner: Lock() waits until the lock is free and
// takes it; Unlock() frees it (Dafny's contracts make the calls alternate). A flag under a
// mutex rather than a bare std::mutex, so that an execution may end holding it, as Dafny
// allows (destroying a locked std::mutex is undefined).
class Lock : public dfy::Object {
 public:
  static Lock* New() { return dfy::New<Lock>(); }

  // Dafny's method Lock (a C++ member cannot be named as its class).
  void Lock_() {
    std::unique_lock<std::mutex> guard(mutex_);
    freed_.wait(guard, [this] { return !locked_; });
    locked_ = true;
  }

  void Unlock() {
    {
      std::lock_guard<std::mutex> guard(mutex_);
      locked_ = false;
    }
    freed_.notify_one();
  }

  std::string_view DafnyTypeName() const override { return "Std.Concurrent.Lock"; }

 private:
  std::mutex mutex_;
  std::condition_variable freed_;
  bool locked_ = false;
};

// One value, read and replaced atomically.
template <typename T>
class AtomicBox : public dfy::Object {
 public:
  explicit AtomicBox(const T& t) : value_(t) {}

  static AtomicBox* New(const T& t) { return dfy::New<AtomicBox>(t); }

  T Get() {
    std::lock_guard<std::mutex> guard(mutex_);
    return value_;
  }

  void Put(const T& t) {
    std::lock_guard<std::mutex> guard(mutex_);
    value_ = t;
  }

  std::string_view DafnyTypeName() const override { return "Std.Concurrent.AtomicBox"; }

 private:
  std::mutex mutex_;
  T value_;
};

// A map whose operations are each atomic: a Dafny map (dfy::Map, updated in place while no
// set or value shares its table) under a mutex. Keys, Values and Items are new Dafny sets,
// snapshots of one moment.
template <typename K, typename V>
class MutableMap : public dfy::Object {
 public:
  // bytesKeys only speeds up Dafny's Go implementation; every key type is hashed here.
  static MutableMap* New(bool /*bytesKeys*/) { return dfy::New<MutableMap>(); }

  dfy::Set<K> Keys() {
    std::lock_guard<std::mutex> guard(mutex_);
    return map_.Keys();
  }

  bool HasKey(const K& k) {
    std::lock_guard<std::mutex> guard(mutex_);
    return map_.Contains(k);
  }

  dfy::Set<V> Values() {
    std::lock_guard<std::mutex> guard(mutex_);
    return map_.Values();
  }

  dfy::Set<dfy::Tuple<K, V>> Items() {
    std::lock_guard<std::mutex> guard(mutex_);
    return map_.Items();
  }

  void Put(const K& k, const V& v) {
    std::lock_guard<std::mutex> guard(mutex_);
    map_ = std::move(map_).Update(k, v);
  }

  Std::Wrappers::Option<V> Get(const K& k) {
    std::optional<V> found;
    {
      std::lock_guard<std::mutex> guard(mutex_);
      if (map_.Contains(k)) found.emplace(map_[k]);
    }
    if (found) return Std::Wrappers::Option<V>::Some(*found);
    return Std::Wrappers::Option<V>::None();
  }

  void Remove(const K& k) {
    std::lock_guard<std::mutex> guard(mutex_);
    if (map_.Contains(k)) map_ = std::move(map_) - dfy::Set<K>{k};
  }

  dfy::Int Size() {
    std::lock_guard<std::mutex> guard(mutex_);
    return map_.Cardinality();
  }

  std::string_view DafnyTypeName() const override { return "Std.Concurrent.MutableMap"; }

 private:
  std::mutex mutex_;
  dfy::Map<K, V> map_;
};

}  // namespace Std::Concurrent

#endif  // DFY_STD_CONCURRENT_H_
