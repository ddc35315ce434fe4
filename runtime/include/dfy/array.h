// dfy::Array<T, Dims>: Dafny's arrays (`array<T>`, `array2<T>`, ...).
//
// A Dafny array is an object on the heap, reached through references:
// `b := a` makes b alias a, and an update through one is seen through the
// other. So Array is a handle to a shared heap block (std::shared_ptr):
// copying the handle copies the reference, never the elements, and the
// block lives while any handle does. A default-constructed handle is
// Dafny's `null`. Elements are stored row-major in one allocation.
//
// Why shared ownership and not a garbage collector or an arena: generated
// code needs no ownership analysis, arrays die deterministically, and
// a reference cycle is impossible through arrays alone (arrays of class
// references could form cycles; those leak, which is harmless in a
// terminating program). See runtime/README.md.
//
// Indices are dfy::Int (with size_t overloads); bounds are proved by the
// verifier and not checked here. A length too large to allocate halts the
// program as C# does: "[Program halted] array size exceeds memory limit: N".
#ifndef DFY_ARRAY_H_
#define DFY_ARRAY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <limits>
#include <memory>
#include <ostream>
#include <string>
#include <tuple>
#include <utility>

#include "dfy/halt.h"
#include "dfy/int.h"
#include "dfy/seq.h"

namespace dfy {

namespace internal {

// An index as size_t: a size_t unchanged, an Int (in range by proof)
// converted.
inline size_t AsIndex(size_t i) { return i; }
inline size_t AsIndex(const Int& i) { return i.ToIndex(); }

}  // namespace internal

template <typename T, size_t Dims = 1>
class Array {
  static_assert(Dims >= 1, "an array has at least one dimension");

 public:
  using value_type = T;

  // Dafny's null.
  Array() noexcept = default;

  // new T[n0, n1, ...] with every element equal to `value` (the compiler
  // passes the type's default value). Precondition: lengths >= 0.
  static Array Filled(const std::array<Int, Dims>& lengths, const T& value) {
    Array result = Allocate(lengths);
    Block& block = *result.block_;
    // One memset or vectorised fill for numbers; if a copy throws, the ones made are destroyed.
    std::uninitialized_fill_n(block.data, block.capacity, value);
    block.count = block.capacity;
    return result;
  }

  // new T[n0, n1, ...]((i0, i1, ...) => init(i0, i1, ...)): `init` is
  // called with Dims Int indices, in row-major order.
  template <typename F>
  static Array Init(const std::array<Int, Dims>& lengths, F&& init) {
    Array result = Allocate(lengths);
    Block& block = *result.block_;
    std::array<size_t, Dims> index{};
    for (size_t k = 0; k < block.capacity; ++k) {
      std::apply([&](auto... i) { std::construct_at(block.data + k, init(Int(i)...)); }, index);
      ++block.count;
      // Next index, last dimension fastest.
      for (size_t d = Dims; d-- > 0;) {
        if (++index[d] < block.lengths[d]) {
          break;
        }
        index[d] = 0;
      }
    }
    return result;
  }

  // new T[] [a, b, c] (one dimension).
  static Array FromList(std::initializer_list<T> elements) requires(Dims == 1) {
    Array result = Allocate({Int(elements.size())});
    for (const T& x : elements) {
      std::construct_at(result.block_->data + result.block_->count, x);
      ++result.block_->count;
    }
    return result;
  }

  // a == null.
  bool IsNull() const noexcept { return block_ == nullptr; }

  // a.Length (one dimension), a.Length0, a.Length1, ...: the length of
  // dimension d. Precondition: not null.
  Int Length() const requires(Dims == 1) { return Int(block_->lengths[0]); }
  Int Length(size_t d) const { return Int(block_->lengths[d]); }
  Int Length0() const { return Length(0); }
  Int Length1() const requires(Dims >= 2) { return Length(1); }
  Int Length2() const requires(Dims >= 3) { return Length(2); }
  size_t Size(size_t d = 0) const { return block_->lengths[d]; }

  // a[i] (one dimension): the element, assignable. A const handle is a
  // const reference variable, not a reference to const elements.
  T& operator[](size_t i) const requires(Dims == 1) { return block_->data[i]; }
  T& operator[](const Int& i) const requires(Dims == 1) {
    return block_->data[internal::AsIndex(i)];
  }

  // a[i0, i1, ...]: each index an Int or a size_t.
  template <typename... Indices>
  requires(sizeof...(Indices) == Dims) T& At(const Indices&... indices) const {
    size_t flat = 0;
    size_t d = 0;
    ((flat = flat * block_->lengths[d++] + internal::AsIndex(indices)), ...);
    return block_->data[flat];
  }

  // a[..], a[lo..hi], a[..hi], a[lo..]: a new seq with copies of the
  // elements (one dimension).
  Seq<T> ToSeq() const requires(Dims == 1) { return Slice(size_t{0}, Size()); }
  Seq<T> Slice(const Int& lo, const Int& hi) const requires(Dims == 1) {
    return Slice(internal::AsIndex(lo), internal::AsIndex(hi));
  }
  Seq<T> Slice(size_t lo, size_t hi) const requires(Dims == 1) {
    const T* data = block_->data;
    return Seq<T>::FromRange(data + lo, data + hi);
  }
  Seq<T> Take(const Int& hi) const requires(Dims == 1) {
    return Slice(size_t{0}, internal::AsIndex(hi));
  }
  Seq<T> Drop(const Int& lo) const requires(Dims == 1) {
    return Slice(internal::AsIndex(lo), Size());
  }

  // Reference equality, as Dafny compares arrays.
  friend bool operator==(const Array& a, const Array& b) { return a.block_ == b.block_; }

  // Hash of the reference, consistent with ==.
  size_t Hash() const { return std::hash<const void*>{}(block_.get()); }

 private:
  struct Block {
    std::array<size_t, Dims> lengths{};
    size_t capacity = 0;  // the product of the lengths
    size_t count = 0;     // elements constructed so far
    T* data = nullptr;

    Block() = default;
    Block(const Block&) = delete;
    Block& operator=(const Block&) = delete;
    ~Block() {
      std::destroy_n(data, count);
      if (data != nullptr) {
        std::allocator<T>().deallocate(data, capacity);
      }
    }
  };

  // A block with room for the product of `lengths`, no element yet. Halts
  // like C# when the size cannot be allocated.
  static Array Allocate(const std::array<Int, Dims>& lengths) {
    constexpr size_t kMaxElements = std::numeric_limits<ptrdiff_t>::max() / sizeof(T);
    auto block = std::make_shared<Block>();
    size_t total = 1;
    for (size_t d = 0; d < Dims; ++d) {
      const Int& length = lengths[d];
      if (!length.FitsInt64() || length < 0 ||
          static_cast<uint64_t>(length.ToInt64()) > kMaxElements) {
        Halt("", "array size exceeds memory limit: " + length.ToString());
      }
      block->lengths[d] = static_cast<size_t>(length.ToInt64());
      if (block->lengths[d] != 0 && total > kMaxElements / block->lengths[d]) {
        Halt("", "array size exceeds memory limit: " + length.ToString());
      }
      total *= block->lengths[d];
    }
    block->capacity = total;
    if (total != 0) {
      block->data = std::allocator<T>().allocate(total);
    }
    Array result;
    result.block_ = std::move(block);
    return result;
  }

  std::shared_ptr<Block> block_;
};

// Dafny leaves how an array prints to the backend (C# prints a .NET type
// name); this runtime prints "null" for null and "array" otherwise.
template <typename T, size_t Dims>
void Print(std::ostream& out, const Array<T, Dims>& a) {
  if (a.IsNull()) {
    out.write("null", 4);
  } else {
    out.write("array", 5);
  }
}

}  // namespace dfy

template <typename T, size_t Dims>
struct std::hash<dfy::Array<T, Dims>> {
  size_t operator()(const dfy::Array<T, Dims>& a) const { return a.Hash(); }
};

#endif  // DFY_ARRAY_H_
