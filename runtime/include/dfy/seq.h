// dfy::Seq<T>: Dafny's immutable `seq<T>`; a `string` is a Seq<char32_t>.
//
// Representation: a shared, append-only buffer plus an offset and a length.
// - Slicing (take, drop, s[lo..hi]) shares the buffer: O(1).
// - Elements already in a buffer are never changed, moved or destroyed
//   while any Seq refers to it; a buffer only grows into its spare
//   capacity. So `const T&` results stay valid as long as a Seq holding
//   the buffer lives, and copies of a Seq are two words and a refcount.
// - Appending (s + t, s + [x]) writes in place when s ends exactly at the
//   end of its buffer's used part and there is room: no other Seq can see
//   the new slots. Otherwise it copies s's elements into a fresh buffer of
//   twice the needed capacity, or, when s alone holds its buffer and the
//   elements are trivially copyable, reallocs that buffer to that size. So
//   building a seq by repeated appending is amortized O(1) per element,
//   even when old versions are kept. Trivially copyable elements are
//   copied with memcpy (a byte sequence appends like a std::vector).
// - Not thread-safe (Dafny programs are single-threaded).
// - A small slice keeps its whole buffer alive.
//
// Sizes and indices are dfy::Int where Dafny uses int, with size_t
// overloads as fast paths. Preconditions (indices in range, lo <= hi) are
// proved by the verifier and not checked here.
#ifndef DFY_SEQ_H_
#define DFY_SEQ_H_

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <new>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "dfy/dafny_hash.h"
#include "dfy/int.h"
#include "dfy/print.h"

namespace dfy {

namespace internal {

// A fixed-capacity array whose first size() slots hold constructed
// elements. A buffer that other Seqs may see never reallocates: a full one
// is replaced, not grown, so elements never move under them (see the file
// comment); std::vector would move elements on growth. Only a buffer that a
// single Seq holds may Grow, which is then as good as replacing it.
template <typename T>
class SeqBuffer {
 public:
  // Trivially copyable elements live in malloc'ed memory that Grow can
  // realloc: for a large buffer glibc moves the pages (mremap) instead of
  // copying and faulting in new ones.
  static constexpr bool kCanGrow =
      std::is_trivially_copyable_v<T> && alignof(T) <= alignof(std::max_align_t);

  explicit SeqBuffer(size_t capacity) : data_(Allocate(capacity)), capacity_(capacity) {}
  SeqBuffer(const SeqBuffer&) = delete;
  SeqBuffer& operator=(const SeqBuffer&) = delete;
  ~SeqBuffer() {
    std::destroy_n(data_, size_);
    if (data_ == nullptr) {
      return;
    }
    if constexpr (kCanGrow) {
      std::free(data_);
    } else {
      std::allocator<T>().deallocate(data_, capacity_);
    }
  }

  // Enlarges the capacity, moving the elements (bitwise). Only for a buffer
  // that a single Seq holds. Precondition: capacity >= size().
  void Grow(size_t capacity) requires kCanGrow {
    void* grown = std::realloc(data_, capacity * sizeof(T));
    if (grown == nullptr) {
      throw std::bad_alloc();
    }
    data_ = static_cast<T*>(grown);
    capacity_ = capacity;
  }

  const T* data() const { return data_; }
  size_t size() const { return size_; }
  size_t room() const { return capacity_ - size_; }

  // Constructs one element at the end. Precondition: room() >= 1.
  template <typename... Args>
  void Emplace(Args&&... args) {
    std::construct_at(data_ + size_, std::forward<Args>(args)...);
    ++size_;
  }

  // Replaces the element at `index` (< size()). Only for a buffer that a
  // single Seq holds (Seq::Update on an rvalue).
  void Replace(size_t index, T value) { data_[index] = std::move(value); }

  // Copies [first, first + count) to the end (one memcpy for trivially
  // copyable elements); the source may lie in this buffer's used part,
  // which the destination does not overlap. Precondition: room() >= count.
  void AppendCopies(const T* first, size_t count) {
    std::uninitialized_copy_n(first, count, data_ + size_);
    size_ += count;
  }

  // Appends `count` value-initialized elements (one memset for numbers).
  // Precondition: room() >= count.
  void AppendValueInitialized(size_t count) {
    std::uninitialized_value_construct_n(data_ + size_, count);
    size_ += count;
  }

 private:
  static T* Allocate(size_t capacity) {
    if (capacity == 0) {
      return nullptr;
    }
    if constexpr (kCanGrow) {
      void* memory = std::malloc(capacity * sizeof(T));
      if (memory == nullptr) {
        throw std::bad_alloc();
      }
      return static_cast<T*>(memory);
    } else {
      return std::allocator<T>().allocate(capacity);
    }
  }

  T* data_;
  size_t capacity_;
  size_t size_ = 0;
};

// An index or length the verifier proved to be in [0, size]: as size_t.
inline size_t ToSize(const Int& value) { return value.ToIndex(); }

}  // namespace internal

template <typename T>
class Seq {
 public:
  using value_type = T;
  using const_iterator = const T*;

  // The empty sequence [].
  Seq() noexcept = default;

  // A display [a, b, c].
  Seq(std::initializer_list<T> elements) {
    AppendRange(elements.begin(), elements.size(), elements.size());
  }

  // A sequence of objects as a sequence of a supertype of theirs (seq<C> as seq<object>):
  // Dafny's collections are covariant, C++'s are not.
  template <typename U>
  requires(!std::same_as<U, T> && std::is_pointer_v<U> &&
           std::convertible_to<U, T>) explicit Seq(const Seq<U>& objects) {
    if (!objects.empty()) {
      buffer_ = std::make_shared<internal::SeqBuffer<T>>(objects.size());
      for (const U& x : objects) {
        buffer_->Emplace(x);
      }
      length_ = objects.size();
    }
  }

  // A string literal or value: the characters of `text`.
  explicit Seq(std::u32string_view text) requires std::same_as<T, char32_t> {
    AppendRange(text.data(), text.size(), text.size());
  }

  // The elements of [first, last), in order.
  template <std::input_iterator It>
  static Seq FromRange(It first, It last) {
    Seq result;
    if constexpr (std::forward_iterator<It>) {
      // One allocation of the exact size.
      auto count = static_cast<size_t>(std::distance(first, last));
      if constexpr (std::contiguous_iterator<It>) {
        result.AppendRange(std::to_address(first), count, count);
      } else if (count != 0) {
        result.buffer_ = std::make_shared<internal::SeqBuffer<T>>(count);
        for (; first != last; ++first) {
          result.buffer_->Emplace(*first);
        }
        result.length_ = count;
      }
    } else {
      for (; first != last; ++first) {
        result = std::move(result).Append(*first);
      }
    }
    return result;
  }

  // Dafny's seq(n, i => element(i)): element is called with each index
  // 0..n-1 in order, as a dfy::Int. Precondition: n >= 0.
  template <typename F>
  static Seq Create(const Int& count, F&& element) {
    size_t n = internal::ToSize(count);
    Seq result;
    if (n == 0) {
      return result;
    }
    result.buffer_ = std::make_shared<internal::SeqBuffer<T>>(n);
    for (size_t i = 0; i < n; ++i) {
      result.buffer_->Emplace(element(Int(i)));
    }
    result.length_ = n;
    return result;
  }

  // |s|.
  Int Length() const { return Int(length_); }
  size_t size() const noexcept { return length_; }
  bool empty() const noexcept { return length_ == 0; }

  // s[i]. Precondition: 0 <= i < |s|.
  const T& operator[](size_t i) const { return data()[i]; }
  const T& operator[](const Int& i) const { return data()[internal::ToSize(i)]; }

  // s[i := value]: a new sequence (O(|s|)). Precondition: 0 <= i < |s|.
  // On an rvalue whose buffer no other Seq holds (`s := s[i := v]`, where
  // the compiler moves s), the element is replaced in place: O(1). Nobody
  // can observe the change, since nobody else holds the buffer.
  Seq Update(const Int& i, T value) const& { return Update(internal::ToSize(i), std::move(value)); }
  Seq Update(const Int& i, T value) && {
    return std::move(*this).Update(internal::ToSize(i), std::move(value));
  }
  Seq Update(size_t i, T value) && {
    if (buffer_ != nullptr && buffer_.use_count() == 1) {
      buffer_->Replace(offset_ + i, std::move(value));
      return std::move(*this);
    }
    return std::as_const(*this).Update(i, std::move(value));
  }
  Seq Update(size_t i, T value) const& {
    Seq result;
    result.buffer_ = std::make_shared<internal::SeqBuffer<T>>(length_);
    result.buffer_->AppendCopies(data(), i);
    result.buffer_->Emplace(std::move(value));
    result.buffer_->AppendCopies(data() + i + 1, length_ - i - 1);
    result.length_ = length_;
    return result;
  }

  // s[..n], s[n..] and s[lo..hi], sharing storage (O(1)).
  // Preconditions: 0 <= n <= |s|, 0 <= lo <= hi <= |s|.
  Seq Take(size_t n) const { return Slice(0, n); }
  Seq Take(const Int& n) const { return Take(internal::ToSize(n)); }
  Seq Drop(size_t n) const { return Slice(n, length_); }
  Seq Drop(const Int& n) const { return Drop(internal::ToSize(n)); }
  Seq Slice(size_t lo, size_t hi) const {
    if (lo == hi) {
      return Seq();
    }
    Seq result = *this;
    result.offset_ += lo;
    result.length_ = hi - lo;
    return result;
  }
  Seq Slice(const Int& lo, const Int& hi) const {
    return Slice(internal::ToSize(lo), internal::ToSize(hi));
  }

  // x in s.
  bool Contains(const T& x) const { return std::find(begin(), end(), x) != end(); }

  // s + [x]; in place when possible (see the file comment).
  Seq Append(T x) const& {
    Seq result = *this;
    return std::move(result).Append(std::move(x));
  }
  Seq Append(T x) && {
    if (!AtTipWithRoom(1)) {
      Reallocate(1);
    }
    buffer_->Emplace(std::move(x));
    ++length_;
    return std::move(*this);
  }

  // s + t; appends to a copy of s's handle, so in place when possible.
  friend Seq operator+(Seq s, const Seq& t) {
    if (s.empty()) {
      return t;
    }
    if (!t.empty()) {
      if (!s.AtTipWithRoom(t.length_)) {
        s.Reallocate(t.length_);
      }
      s.buffer_->AppendCopies(t.data(), t.length_);
      s.length_ += t.length_;
    }
    return s;
  }

  // Element-wise equality.
  friend bool operator==(const Seq& a, const Seq& b) {
    if (a.length_ != b.length_) {
      return false;
    }
    if (a.data() == b.data()) {
      return true;
    }
    return std::equal(a.begin(), a.end(), b.begin());
  }

  // Dafny's prefix order: a <= b iff a is a prefix of b; a < b iff a proper
  // prefix. A partial order, so not for sorting.
  friend bool operator<=(const Seq& a, const Seq& b) {
    return a.length_ <= b.length_ && std::equal(a.begin(), a.end(), b.begin());
  }
  friend bool operator<(const Seq& a, const Seq& b) { return a.length_ < b.length_ && a <= b; }

  const T* begin() const { return data(); }
  const T* end() const { return data() + length_; }

  // The characters of a string, contiguous, valid while this Seq lives.
  std::u32string_view View() const requires std::same_as<T, char32_t> {
    return std::u32string_view(data(), length_);
  }

  // The elements, contiguous, valid while this Seq (or another holding the
  // same buffer) lives: O(1), no copy. For passing a seq to C++ code, e.g.
  // a seq<bv8> or seq<uint8> to an {:extern} as bytes (see AsBytes).
  std::span<const T> Span() const { return std::span<const T>(data(), length_); }

  // A seq of copies of `elements` (one allocation of the exact size).
  static Seq FromSpan(std::span<const T> elements) {
    Seq result;
    result.AppendRange(elements.data(), elements.size(), elements.size());
    return result;
  }

  // A seq of `count` elements that `write(std::span<T>)` fills in place:
  // the elements start value-initialized (zero for numbers), and `write`
  // may overwrite any of them. No copy, so an {:extern} that produces
  // bytes (a cipher, a reader) writes straight into the new seq.
  template <typename F>
  static Seq Fill(size_t count, F&& write) requires std::is_trivially_copyable_v<T> {
    Seq result;
    if (count == 0) {
      return result;
    }
    result.buffer_ = std::make_shared<internal::SeqBuffer<T>>(count);
    result.buffer_->AppendValueInitialized(count);
    result.length_ = count;
    write(std::span<T>(const_cast<T*>(result.buffer_->data()), count));
    return result;
  }

  // A hash consistent with ==, over std::hash of the elements.
  size_t Hash() const {
    size_t hash = length_;
    for (const T& x : *this) {
      hash = internal::HashCombine(hash, std::hash<T>{}(x));
    }
    return hash;
  }

 private:
  const T* data() const { return buffer_ == nullptr ? nullptr : buffer_->data() + offset_; }

  // True iff this Seq ends where its buffer's used part ends and `count`
  // more elements fit: appending in place is then invisible to others.
  bool AtTipWithRoom(size_t count) const {
    return buffer_ != nullptr && offset_ + length_ == buffer_->size() && buffer_->room() >= count;
  }

  // Moves this Seq to a fresh buffer holding a copy of its elements, with
  // room for `extra` more and then as many again (amortized doubling). A
  // buffer that only this Seq holds, and that it ends, grows in place
  // instead when its elements can be moved bitwise and at most half of it
  // lies before this Seq's part (else the copy compacts it).
  void Reallocate(size_t extra) {
    size_t needed = length_ + extra;
    if constexpr (internal::SeqBuffer<T>::kCanGrow) {
      if (buffer_ != nullptr && buffer_.use_count() == 1 && offset_ <= length_ &&
          offset_ + length_ == buffer_->size()) {
        buffer_->Grow(std::max<size_t>(2 * (offset_ + needed), 4));
        return;
      }
    }
    auto fresh = std::make_shared<internal::SeqBuffer<T>>(std::max<size_t>(2 * needed, 4));
    fresh->AppendCopies(data(), length_);
    buffer_ = std::move(fresh);
    offset_ = 0;
  }

  void AppendRange(const T* first, size_t count, size_t capacity) {
    if (count == 0) {
      return;
    }
    buffer_ = std::make_shared<internal::SeqBuffer<T>>(capacity);
    buffer_->AppendCopies(first, count);
    length_ = count;
  }

  std::shared_ptr<internal::SeqBuffer<T>> buffer_;
  size_t offset_ = 0;
  size_t length_ = 0;
};

// A Dafny `string`.
using String = Seq<char32_t>;

// Appends the UTF-8 encoding of the scalar value `c` (for the C++ a program hands a Dafny string
// to: file names, messages).
inline void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// A Dafny seq<bv8>, or a seq of a newtype with range 0..255 (both hold
// uint8_t elements): the usual way to pass bytes to and from C++.
using Bytes = Seq<uint8_t>;

// The bytes of `s` as a read-only view, in O(1) (valid while `s` lives).
inline std::span<const uint8_t> AsBytes(const Bytes& s) { return s.Span(); }

// A Bytes value holding a copy of `data` (a std::vector<uint8_t> or a
// std::array<uint8_t, N> converts to the span).
inline Bytes BytesFrom(std::span<const uint8_t> data) { return Bytes::FromSpan(data); }

// A seq in generic position (an element, a tuple component, a generic
// field, a non-string print argument): "[1, 2]", "[]", and for a
// seq<char> "['a', 'b']".
template <typename T>
void Print(std::ostream& out, const Seq<T>& s) {
  out.put('[');
  bool first = true;
  for (const T& x : s) {
    if (!first) {
      out.write(", ", 2);
    }
    first = false;
    Print(out, x);
  }
  out.put(']');
}

// A value of static type `string` at top level: raw UTF-8, no quotes.
inline void PrintString(std::ostream& out, const String& s) { PrintString(out, s.View()); }
inline void PrintString(const String& s) { PrintString(std::cout, s.View()); }

// A `string`-typed datatype field: "\"it\\'s\"".
inline void PrintQuotedString(std::ostream& out, const String& s) {
  PrintQuotedString(out, s.View());
}

// C#'s Sequence.GetHashCode, for print order (dafny_hash.h).
template <internal::HasDafnyHash T>
int32_t DafnyHash(const Seq<T>& s) {
  int32_t hash = 0;
  for (const T& x : s) {
    hash = internal::DafnyHashStep(hash, DafnyHash(x));
  }
  return hash;
}

}  // namespace dfy

template <typename T>
struct std::hash<dfy::Seq<T>> {
  size_t operator()(const dfy::Seq<T>& s) const { return s.Hash(); }
};

#endif  // DFY_SEQ_H_
