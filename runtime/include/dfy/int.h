// dfy::Int: Dafny's unbounded mathematical `int`.
//
// One machine word: a value in [-2^62, 2^62) is held inline (tagged);
// only a result outside that range moves to a heap-allocated GMP integer,
// and a big result that fits again is moved back. So every value has
// exactly one representation, and the common small-small case of
// + - * == < is a few inline instructions with no allocation and no call
// into GMP. GMP itself
// is used only in int.cpp; this header does not include <gmp.h>.
#ifndef DFY_INT_H_
#define DFY_INT_H_

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace dfy {

namespace internal {

// Reports a division by zero (a bug: the verifier rules it out) on stderr
// and aborts. Out of line so the inline fast paths stay small.
[[noreturn]] void DivisionByZero();

// Reports INT64_MIN / -1 in fixed-width division (a bug: the verifier rules
// newtype overflow out) on stderr and aborts.
[[noreturn]] void DivisionOverflow();

}  // namespace internal

// Euclidean division on int64, as Dafny defines `/` for int-based newtypes:
// the remainder a - q*b is always in [0, |b|).
// Examples: 103/13 = 7, -103/13 = -8, 103/-13 = -7, -103/-13 = 8.
// Precondition (the verifier proves it): b != 0 and not (a == INT64_MIN and
// b == -1), whose quotient 2^63 does not fit; a violation aborts.
inline int64_t EuclidDiv(int64_t a, int64_t b) {
  if (b == 0) [[unlikely]] {
    internal::DivisionByZero();
  }
  if (b == -1 && a == std::numeric_limits<int64_t>::min()) [[unlikely]] {
    internal::DivisionOverflow();
  }
  int64_t q = a / b;
  if (a % b < 0) {
    // Truncation rounded towards zero; step the quotient away from zero
    // by one in the direction that makes the remainder positive.
    q = b > 0 ? q - 1 : q + 1;
  }
  return q;
}

// Euclidean remainder on int64, as Dafny defines `%` for int-based newtypes:
// always in [0, |b|), and a == EuclidDiv(a, b) * b + EuclidMod(a, b).
// Examples: 103%13 = 12, -103%13 = 1, 103%-13 = 12, -103%-13 = 1.
// Precondition: b != 0 (a violation aborts). INT64_MIN % -1 is fine (0).
inline int64_t EuclidMod(int64_t a, int64_t b) {
  if (b == 0) [[unlikely]] {
    internal::DivisionByZero();
  }
  // INT64_MIN % -1 traps in C++ although its value, 0, is representable.
  if (b == -1) [[unlikely]] {
    return 0;
  }
  int64_t r = a % b;
  if (r < 0) {
    // r is in (-|b|, 0), so r + |b| is in (0, |b|) and cannot overflow,
    // even for b == INT64_MIN.
    r = b > 0 ? r + b : r - b;
  }
  return r;
}

// The built-in integer types an Int converts from implicitly: at most 64
// bits, and not bool, so that a truth value is never taken for a number.
template <typename T>
concept IntegerSource = std::integral<T> && !std::same_as<T, bool> && sizeof(T) <= sizeof(int64_t);

// An arbitrary-precision integer with value semantics, one machine word.
//
// Representation (`rep_`): a value in the "small" range [-2^62, 2^62) is held
// inline as the even word `value * 2` (tag bit 0 clear); any other value is a
// GMP integer on the heap, and `rep_` is the address of its BigRep with the
// tag bit set (`ptr | 1`; a BigRep is at least 2-aligned). The representation
// is unique: a big value never lies in the small range. So zero is the word 0,
// equality of a small value is equality of words, and tagged small words can be
// added, subtracted and compared as they are, with __builtin_*_overflow
// detecting exactly the results that leave the small range.
class Int {
 public:
  // Zero.
  Int() noexcept = default;

  // The value of any built-in integer type of at most 64 bits (implicit, so
  // literals and native newtype values convert).
  template <IntegerSource T>
  Int(T value) {  // NOLINT(google-explicit-constructor)
    if constexpr (std::is_signed_v<T> || sizeof(T) < sizeof(int64_t)) {
      auto v = static_cast<int64_t>(value);
      if constexpr (sizeof(T) < sizeof(int64_t)) {
        rep_ = v * 2;
      } else if (IsSmallValue(v)) [[likely]] {
        rep_ = v * 2;
      } else {
        rep_ = TagBig(NewBigFromInt64(v));
      }
    } else if (value < (uint64_t{1} << 62)) [[likely]] {
      rep_ = static_cast<int64_t>(value) * 2;
    } else {
      rep_ = TagBig(NewBigFromUint64(value));
    }
  }

  // Parses an integer literal: an optional '-', then either decimal digits
  // or "0x"/"0X" followed by hex digits (either case). '_' may appear
  // anywhere among the digits and is ignored (Dafny writes 1_000_000). At
  // least one digit is required; malformed text is a bug in the caller and
  // aborts with a message.
  static Int FromString(std::string_view text);

  // Copies (allocates only when `other` is big).
  Int(const Int& other) : rep_(other.rep_) {
    if (IsBigRep(rep_)) [[unlikely]] {
      rep_ = TagBig(CloneBig(Big(rep_)));
    }
  }

  // Moves; leaves `other` equal to zero. Never allocates.
  Int(Int&& other) noexcept : rep_(std::exchange(other.rep_, 0)) {}

  // Copy-assigns; reuses this value's GMP storage when both are big.
  Int& operator=(const Int& other) {
    if (BothSmall(*this, other)) [[likely]] {
      rep_ = other.rep_;
    } else if (rep_ != other.rep_) {  // equal big words: the same object (the words are owned)
      rep_ = AssignRep(rep_, other.rep_);
    }
    return *this;
  }

  // Move-assigns; leaves `other` equal to zero. Never allocates.
  Int& operator=(Int&& other) noexcept {
    if (this != &other) {
      if (IsBigRep(rep_)) [[unlikely]] {
        FreeBig(Big(rep_));
      }
      rep_ = std::exchange(other.rep_, 0);
    }
    return *this;
  }

  // Releases the GMP storage, if any.
  ~Int() {
    if (IsBigRep(rep_)) [[unlikely]] {
      FreeBig(Big(rep_));
    }
  }

  // True iff the value is in [INT64_MIN, INT64_MAX].
  bool FitsInt64() const noexcept { return !IsBigRep(rep_) || BigFitsInt64(Big(rep_)); }

  // The value as int64. Precondition: FitsInt64().
  int64_t ToInt64() const noexcept {
    if (!IsBigRep(rep_)) [[likely]] {
      return rep_ >> 1;
    }
    return BigToInt64(Big(rep_));
  }

  // The value as an index or a length, with no test. Precondition: 0 <= value < 2^62, which
  // holds for every index into, and length of, a sequence or array in memory (the verifier
  // proves the index in range).
  size_t ToIndex() const noexcept { return static_cast<size_t>(rep_ >> 1); }

  // The value modulo 2^64, as uint64 (any value; the conversion of an int
  // to a uint64 newtype or a bitvector, whose range the verifier proved).
  uint64_t ToUint64() const noexcept {
    if (!IsBigRep(rep_)) [[likely]] {
      return static_cast<uint64_t>(rep_ >> 1);
    }
    return Low64Big(Big(rep_));
  }

  // The value modulo 2^(64 * count), as `count` little-endian 64-bit words
  // (two's complement for a negative value): the bits of a wide bitvector.
  void ToWords(uint64_t* words, size_t count) const;

  // The nonnegative value whose little-endian 64-bit words are
  // words[0..count).
  static Int FromWords(const uint64_t* words, size_t count);

  // Plain decimal: a '-' for negative values, no '+', no grouping; zero is
  // "0". For example "-5" or "1267650600228229401496703205376".
  std::string ToString() const;

  // A hash consistent with ==: equal values hash equally whichever way they
  // were computed (the representation is unique).
  size_t Hash() const noexcept {
    if (!IsBigRep(rep_)) [[likely]] {
      return std::hash<int64_t>{}(rep_ >> 1);
    }
    return HashBig(Big(rep_));
  }

  // Arithmetic. The small-small cases are inline; anything that involves a
  // big operand or leaves the small range goes to GMP in int.cpp.

  friend Int operator+(const Int& a, const Int& b) {
    int64_t r;
    if (BothSmall(a, b) && !__builtin_add_overflow(a.rep_, b.rep_, &r)) [[likely]] {
      return FromRep(r);
    }
    return FromRep(AddRep(a.rep_, b.rep_));
  }

  friend Int operator-(const Int& a, const Int& b) {
    int64_t r;
    if (BothSmall(a, b) && !__builtin_sub_overflow(a.rep_, b.rep_, &r)) [[likely]] {
      return FromRep(r);
    }
    return FromRep(SubRep(a.rep_, b.rep_));
  }

  friend Int operator*(const Int& a, const Int& b) {
    int64_t r;
    // (a.rep_ / 2) * b.rep_ is the tagged product 2ab.
    if (BothSmall(a, b) && !__builtin_mul_overflow(a.rep_ >> 1, b.rep_, &r)) [[likely]] {
      return FromRep(r);
    }
    return FromRep(MulRep(a.rep_, b.rep_));
  }

  // Negation; -(-2^62) becomes big, -(2^62) becomes small again.
  friend Int operator-(const Int& a) {
    int64_t r;
    if (!IsBigRep(a.rep_) && !__builtin_sub_overflow(int64_t{0}, a.rep_, &r)) [[likely]] {
      return FromRep(r);
    }
    return FromRep(NegRep(a.rep_));
  }

  // Identity (Dafny has no unary plus, but generated code may fold to it).
  friend Int operator+(const Int& a) { return a; }

  // Euclidean quotient (see EuclidDiv). Precondition: b != 0, else aborts.
  friend Int operator/(const Int& a, const Int& b) {
    if (BothSmall(a, b) && b.rep_ != 0) [[likely]] {
      // Both in [-2^62, 2^62), so the quotient fits int64 (it is 2^62 at most).
      return FromInt64(EuclidQuotient(a.rep_ >> 1, b.rep_ >> 1));
    }
    return FromRep(DivRep(a.rep_, b.rep_));
  }

  // Euclidean remainder, in [0, |b|). Precondition: b != 0, else aborts.
  friend Int operator%(const Int& a, const Int& b) {
    if (BothSmall(a, b) && b.rep_ != 0) [[likely]] {
      // In [0, 2^62): small.
      return FromRep(EuclidRemainder(a.rep_ >> 1, b.rep_ >> 1) * 2);
    }
    return FromRep(ModRep(a.rep_, b.rep_));
  }

  // Compound assignment: same results as the binary operators; a big left
  // side is updated in place, reusing its GMP storage.

  Int& operator+=(const Int& b) {
    int64_t r;
    if (BothSmall(*this, b) && !__builtin_add_overflow(rep_, b.rep_, &r)) [[likely]] {
      rep_ = r;
      return *this;
    }
    rep_ = AddAssignRep(rep_, b.rep_);
    return *this;
  }

  Int& operator-=(const Int& b) {
    int64_t r;
    if (BothSmall(*this, b) && !__builtin_sub_overflow(rep_, b.rep_, &r)) [[likely]] {
      rep_ = r;
      return *this;
    }
    rep_ = SubAssignRep(rep_, b.rep_);
    return *this;
  }

  Int& operator*=(const Int& b) {
    int64_t r;
    if (BothSmall(*this, b) && !__builtin_mul_overflow(rep_ >> 1, b.rep_, &r)) [[likely]] {
      rep_ = r;
      return *this;
    }
    rep_ = MulAssignRep(rep_, b.rep_);
    return *this;
  }

  // Euclidean, as operator/ and operator%.
  Int& operator/=(const Int& b) { return *this = *this / b; }
  Int& operator%=(const Int& b) { return *this = *this % b; }

  // Value equality. Equal words are equal values; different words are
  // different values unless both are big (the representation is unique).
  friend bool operator==(const Int& a, const Int& b) noexcept {
    if (a.rep_ == b.rep_) {
      return true;
    }
    if (!(IsBigRep(a.rep_) && IsBigRep(b.rep_))) [[likely]] {
      return false;
    }
    return CompareRep(a.rep_, b.rep_) == 0;
  }

  // Numeric order; gives < <= > >= (and != through ==).
  friend std::strong_ordering operator<=>(const Int& a, const Int& b) noexcept {
    if (BothSmall(a, b)) [[likely]] {
      return a.rep_ <=> b.rep_;
    }
    return CompareRep(a.rep_, b.rep_) <=> 0;
  }

 private:
  // Defined in int.cpp: BigRep wraps one GMP mpz_t; Impl holds the GMP
  // helpers (a nested class, so it may use the private members).
  struct BigRep;
  struct Impl;

  static constexpr int64_t kSmallMin = -(int64_t{1} << 62);
  static constexpr int64_t kSmallMax = (int64_t{1} << 62) - 1;

  static constexpr bool IsSmallValue(int64_t v) noexcept {
    return v >= kSmallMin && v <= kSmallMax;
  }
  static constexpr bool IsBigRep(int64_t rep) noexcept { return (rep & 1) != 0; }

  // Both values small, tested with one branch: the hot loops of generated code (sorting,
  // comparing and copying array elements) pay one well-predicted branch per operation.
  static bool BothSmall(const Int& a, const Int& b) noexcept {
    return ((a.rep_ | b.rep_) & 1) == 0;
  }

  static BigRep* Big(int64_t rep) noexcept {
    return reinterpret_cast<BigRep*>(static_cast<uintptr_t>(rep) - 1);
  }
  static int64_t TagBig(BigRep* big) noexcept {
    return static_cast<int64_t>(reinterpret_cast<uintptr_t>(big) | 1);
  }

  // An Int from a small tagged word.
  static Int FromRep(int64_t rep) noexcept {
    Int x;
    x.rep_ = rep;
    return x;
  }

  // An Int from any int64 (small or not).
  static Int FromInt64(int64_t v) {
    if (IsSmallValue(v)) [[likely]] {
      return FromRep(v * 2);
    }
    return FromRep(TagBig(NewBigFromInt64(v)));
  }

  // Euclidean quotient and remainder of small values (b != 0; no overflow
  // since |a| <= 2^62).
  static int64_t EuclidQuotient(int64_t a, int64_t b) noexcept {
    int64_t q = a / b;
    if (a % b < 0) {
      q = b > 0 ? q - 1 : q + 1;
    }
    return q;
  }
  static int64_t EuclidRemainder(int64_t a, int64_t b) noexcept {
    int64_t r = a % b;
    if (r < 0) {
      r = b > 0 ? r + b : r - b;
    }
    return r;
  }

  static BigRep* NewBigFromInt64(int64_t value);
  static BigRep* NewBigFromUint64(uint64_t value);
  static BigRep* CloneBig(const BigRep* big);
  static void FreeBig(BigRep* big) noexcept;
  static size_t HashBig(const BigRep* big) noexcept;
  static bool BigFitsInt64(const BigRep* big) noexcept;
  static int64_t BigToInt64(const BigRep* big) noexcept;
  // Returns <0, 0 or >0 as a <, ==, > b.
  static int Compare(const Int& a, const Int& b) noexcept;

  void AssignSlow(const Int& other);
  static uint64_t Low64Big(const BigRep* big) noexcept;
  static Int AddSlow(const Int& a, const Int& b);
  static Int SubSlow(const Int& a, const Int& b);
  static Int MulSlow(const Int& a, const Int& b);
  static Int NegSlow(const Int& a);
  static Int DivSlow(const Int& a, const Int& b);
  static Int ModSlow(const Int& a, const Int& b);
  Int& AddAssignSlow(const Int& b);
  Int& SubAssignSlow(const Int& b);
  Int& MulAssignSlow(const Int& b);
  // The slow paths that the inline operators call, on words rather than on Ints: an Int whose
  // address reached an out-of-line function could be changed by any later store of an Int (an
  // array element), so a loop counter would live in memory instead of a register. Each takes
  // its operands' words (borrowed) and returns the result's word (owned); the *AssignRep and
  // AssignRep functions also take ownership of their first word, which they reuse or free.
  // They are noexcept, so that a caller need not keep its Ints in memory for unwinding: GMP
  // aborts when it cannot allocate, and so does a failed allocation of a BigRep here.
  static int CompareRep(int64_t a, int64_t b) noexcept;
  int64_t ReleaseRep() noexcept { return std::exchange(rep_, 0); }
  static int64_t AssignRep(int64_t target, int64_t source) noexcept;
  static int64_t AddRep(int64_t a, int64_t b) noexcept;
  static int64_t SubRep(int64_t a, int64_t b) noexcept;
  static int64_t MulRep(int64_t a, int64_t b) noexcept;
  static int64_t NegRep(int64_t a) noexcept;
  static int64_t DivRep(int64_t a, int64_t b) noexcept;
  static int64_t ModRep(int64_t a, int64_t b) noexcept;
  static int64_t AddAssignRep(int64_t a, int64_t b) noexcept;
  static int64_t SubAssignRep(int64_t a, int64_t b) noexcept;
  static int64_t MulAssignRep(int64_t a, int64_t b) noexcept;

  int64_t rep_ = 0;
};

// Writes value.ToString(), ignoring the stream's formatting flags. For
// diagnostics and test output; generated code prints through dfy::Print.
std::ostream& operator<<(std::ostream& out, const Int& value);

}  // namespace dfy

// Lets dfy::Int key std::unordered_set / std::unordered_map.
template <>
struct std::hash<dfy::Int> {
  size_t operator()(const dfy::Int& value) const noexcept { return value.Hash(); }
};

#endif  // DFY_INT_H_
