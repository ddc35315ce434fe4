// dfy::Bv<N>: Dafny's bitvectors bvN wider than 64 bits (bv128, bv256, ...).
//
// A value is ceil(N / 64) little-endian 64-bit words, always reduced modulo
// 2^N (the bits above N are zero), so == and the order compare words. The
// operations are bitvector.h's, overloaded for Bv<N> with the same names,
// so generated code spells bv256 arithmetic as it spells bv32's:
// dfy::BvAdd<256>(a, b), BvSub, BvMul, BvNeg, BvNot, BvShl, BvShr, BvRotl,
// BvRotr wrap modulo 2^N; & | ^ / % and comparisons are the operators
// (unsigned). / and % go through dfy::Int (GMP); everything else stays in
// the words. Dafny's C# backend holds these values in a BigInteger and
// prints them in decimal, which Print does here; DafnyHash is the
// BigInteger's, so sets of them print in C#'s order.
#ifndef DFY_WIDE_BITVECTOR_H_
#define DFY_WIDE_BITVECTOR_H_

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string_view>
#include <type_traits>

#include "dfy/bitvector.h"
#include "dfy/dafny_hash.h"
#include "dfy/int.h"
#include "dfy/print.h"

namespace dfy {

// A bvN with N <= 64 is a native unsigned integer (bitvector.h); the
// constraint also keeps the overloads below out of calls on those.
template <unsigned N>
requires(N > 64) class Bv {
  __extension__ using Wide = unsigned __int128;

 public:
  static constexpr size_t kWords = (N + 63) / 64;

  // Zero.
  constexpr Bv() noexcept = default;

  // A value below 2^64 (N > 64, so any uint64_t fits).
  constexpr explicit Bv(uint64_t low) noexcept : words_{low} {}

  // value modulo 2^N (the verifier proves 0 <= value < 2^N where Dafny
  // converts an int).
  explicit Bv(const Int& value) {
    value.ToWords(words_.data(), kWords);
    Reduce();
  }

  // A literal too wide for uint64_t: decimal or 0x hex, '_' allowed.
  static Bv FromString(std::string_view literal) { return Bv(Int::FromString(literal)); }

  // The low N bits of a wider or narrower Bv<M> (`x as bv128` of a bv256).
  template <unsigned M>
  requires(M > 64) static constexpr Bv Resize(const Bv<M>& other) noexcept {
    Bv result;
    for (size_t i = 0; i < kWords && i < Bv<M>::kWords; ++i) {
      result.words_[i] = other.Word(i);
    }
    result.Reduce();
    return result;
  }

  // The value as an int.
  Int ToInt() const { return Int::FromWords(words_.data(), kWords); }

  // The low 64 bits (`x as bv64`, `x as uint32` of a value the verifier
  // proved in range).
  constexpr uint64_t Low64() const noexcept { return words_[0]; }

  // The value as a shift amount: UINT64_MAX when it does not fit, which
  // shifts everything out.
  constexpr uint64_t ShiftCount() const noexcept {
    for (size_t i = 1; i < kWords; ++i) {
      if (words_[i] != 0) {
        return ~uint64_t{0};
      }
    }
    return words_[0];
  }

  // Word i, little-endian.
  constexpr uint64_t Word(size_t i) const noexcept { return words_[i]; }

  friend constexpr bool operator==(const Bv& a, const Bv& b) noexcept = default;

  // Unsigned order: the most significant differing word decides.
  friend constexpr std::strong_ordering operator<=>(const Bv& a, const Bv& b) noexcept {
    for (size_t i = kWords; i-- > 0;) {
      if (a.words_[i] != b.words_[i]) {
        return a.words_[i] <=> b.words_[i];
      }
    }
    return std::strong_ordering::equal;
  }

  friend constexpr Bv operator&(Bv a, const Bv& b) noexcept {
    for (size_t i = 0; i < kWords; ++i) {
      a.words_[i] &= b.words_[i];
    }
    return a;
  }
  friend constexpr Bv operator|(Bv a, const Bv& b) noexcept {
    for (size_t i = 0; i < kWords; ++i) {
      a.words_[i] |= b.words_[i];
    }
    return a;
  }
  friend constexpr Bv operator^(Bv a, const Bv& b) noexcept {
    for (size_t i = 0; i < kWords; ++i) {
      a.words_[i] ^= b.words_[i];
    }
    return a;
  }

  // Unsigned quotient and remainder. Precondition (verified): b != 0; a
  // zero divisor aborts as dfy::Int's does.
  friend Bv operator/(const Bv& a, const Bv& b) { return Bv(a.ToInt() / b.ToInt()); }
  friend Bv operator%(const Bv& a, const Bv& b) { return Bv(a.ToInt() % b.ToInt()); }

  // a + b, a - b, a * b modulo 2^N.
  static constexpr Bv Add(const Bv& a, const Bv& b) noexcept {
    Bv r;
    Wide carry = 0;
    for (size_t i = 0; i < kWords; ++i) {
      Wide sum = Wide{a.words_[i]} + b.words_[i] + carry;
      r.words_[i] = static_cast<uint64_t>(sum);
      carry = sum >> 64;
    }
    r.Reduce();
    return r;
  }
  static constexpr Bv Sub(const Bv& a, const Bv& b) noexcept { return Add(a, Neg(b)); }
  static constexpr Bv Mul(const Bv& a, const Bv& b) noexcept {
    // Schoolbook, keeping only the low kWords words of the product.
    Bv r;
    for (size_t i = 0; i < kWords; ++i) {
      Wide carry = 0;
      for (size_t j = 0; i + j < kWords; ++j) {
        Wide t = Wide{a.words_[i]} * b.words_[j] + r.words_[i + j] + carry;
        r.words_[i + j] = static_cast<uint64_t>(t);
        carry = t >> 64;
      }
    }
    r.Reduce();
    return r;
  }

  // -a (2^N - a, 0 for 0) and !a (the complement of the N bits).
  static constexpr Bv Not(Bv a) noexcept {
    for (uint64_t& w : a.words_) {
      w = ~w;
    }
    a.Reduce();
    return a;
  }
  static constexpr Bv Neg(const Bv& a) noexcept { return Add(Not(a), Bv(1)); }

  // a << n and a >> n (logical); n >= N gives 0.
  static constexpr Bv Shl(const Bv& a, uint64_t n) noexcept {
    Bv r;
    if (n >= N) {
      return r;
    }
    size_t words = static_cast<size_t>(n / 64);
    unsigned bits = static_cast<unsigned>(n % 64);
    for (size_t i = kWords; i-- > words;) {
      uint64_t w = a.words_[i - words] << bits;
      if (bits != 0 && i > words) {
        w |= a.words_[i - words - 1] >> (64 - bits);
      }
      r.words_[i] = w;
    }
    r.Reduce();
    return r;
  }
  static constexpr Bv Shr(const Bv& a, uint64_t n) noexcept {
    Bv r;
    if (n >= N) {
      return r;
    }
    size_t words = static_cast<size_t>(n / 64);
    unsigned bits = static_cast<unsigned>(n % 64);
    for (size_t i = 0; i + words < kWords; ++i) {
      uint64_t w = a.words_[i + words] >> bits;
      if (bits != 0 && i + words + 1 < kWords) {
        w |= a.words_[i + words + 1] << (64 - bits);
      }
      r.words_[i] = w;
    }
    return r;
  }

 private:
  // Clears the bits above N.
  constexpr void Reduce() noexcept {
    if constexpr (N % 64 != 0) {
      words_[kWords - 1] &= (uint64_t{1} << (N % 64)) - 1;
    }
  }

  std::array<uint64_t, kWords> words_{};
};

// bitvector.h's operations on Bv<N>. A call names N, as for the native
// widths: dfy::BvAdd<256>(a, b).

template <unsigned N>
constexpr Bv<N> BvAdd(const Bv<N>& a, const Bv<N>& b) noexcept {
  return Bv<N>::Add(a, b);
}
template <unsigned N>
constexpr Bv<N> BvSub(const Bv<N>& a, const Bv<N>& b) noexcept {
  return Bv<N>::Sub(a, b);
}
template <unsigned N>
constexpr Bv<N> BvMul(const Bv<N>& a, const Bv<N>& b) noexcept {
  return Bv<N>::Mul(a, b);
}
template <unsigned N>
constexpr Bv<N> BvNeg(const Bv<N>& a) noexcept {
  return Bv<N>::Neg(a);
}
template <unsigned N>
constexpr Bv<N> BvNot(const Bv<N>& a) noexcept {
  return Bv<N>::Not(a);
}

// Shifts and rotations take the amount as any integer, as in bitvector.h.
// Precondition (verified): 0 <= amount <= N.
template <unsigned N, typename A>
constexpr Bv<N> BvShl(const Bv<N>& a, const A& amount) {
  return Bv<N>::Shl(a, internal::ShiftAmount(amount));
}
template <unsigned N, typename A>
constexpr Bv<N> BvShr(const Bv<N>& a, const A& amount) {
  return Bv<N>::Shr(a, internal::ShiftAmount(amount));
}
template <unsigned N, typename A>
constexpr Bv<N> BvRotl(const Bv<N>& a, const A& amount) {
  uint64_t n = internal::ShiftAmount(amount) % N;
  return n == 0 ? a : (Bv<N>::Shl(a, n) | Bv<N>::Shr(a, N - n));
}
template <unsigned N, typename A>
constexpr Bv<N> BvRotr(const Bv<N>& a, const A& amount) {
  uint64_t n = internal::ShiftAmount(amount) % N;
  return n == 0 ? a : (Bv<N>::Shr(a, n) | Bv<N>::Shl(a, N - n));
}

// In decimal, as Dafny prints any bitvector.
template <unsigned N>
void Print(std::ostream& out, const Bv<N>& x) {
  Print(out, x.ToInt());
}

// The hash of C#'s BigInteger holding the value.
template <unsigned N>
int32_t DafnyHash(const Bv<N>& x) {
  return DafnyHash(x.ToInt());
}

namespace internal {
template <unsigned N>
struct TotallyOrdered<Bv<N>> : std::true_type {};
}  // namespace internal

}  // namespace dfy

template <unsigned N>
struct std::hash<dfy::Bv<N>> {
  size_t operator()(const dfy::Bv<N>& x) const noexcept {
    size_t h = 0;
    for (size_t i = 0; i < dfy::Bv<N>::kWords; ++i) {
      h = dfy::internal::HashCombine(h, std::hash<uint64_t>{}(x.Word(i)));
    }
    return h;
  }
};

#endif  // DFY_WIDE_BITVECTOR_H_
