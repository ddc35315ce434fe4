// Dafny's bitvectors bvN (N <= 64) on native unsigned integers (wider ones:
// wide_bitvector.h).
//
// A bvN value is held in the smallest of uint8_t, uint16_t, uint32_t and
// uint64_t with at least N bits (as Dafny's C# backend holds it in byte,
// ushort, uint or ulong), always reduced modulo 2^N: the bits above N are
// zero. Arithmetic wraps modulo 2^N, so every operation that can carry out
// of the N bits (+, -, *, unary -, !, <<) masks its result. Operations are
// computed in at least 32-bit unsigned arithmetic: uint8_t and uint16_t
// operands would otherwise be promoted to (signed) int, where 0xFFFF * 0xFFFF
// overflows. / and % are unsigned; comparisons compare the unsigned values.
//
// Shifts take the amount as any integer (a bitvector, a native integer or a
// dfy::Int); Dafny's verifier proves 0 <= amount <= N, and a shift by N
// gives 0 (unlike C++, where shifting a uint64_t by 64 is undefined).
#ifndef DFY_BITVECTOR_H_
#define DFY_BITVECTOR_H_

#include <concepts>
#include <cstdint>
#include <type_traits>

#include "dfy/int.h"

namespace dfy {

namespace internal {

// The type arithmetic on T is done in: T itself, or uint32_t for narrower T.
template <typename T>
using BvWide = std::conditional_t<(sizeof(T) < sizeof(uint32_t)), uint32_t, T>;

template <typename A>
constexpr uint64_t ShiftAmount(const A& amount) {
  if constexpr (std::same_as<A, Int>) {
    return amount.ToUint64();
  } else if constexpr (requires { amount.ShiftCount(); }) {
    // A bitvector wider than 64 bits (wide_bitvector.h).
    return amount.ShiftCount();
  } else {
    return static_cast<uint64_t>(amount);
  }
}

}  // namespace internal

// x mod 2^N.
template <unsigned N, std::unsigned_integral T>
constexpr T BvMask(T x) {
  static_assert(N <= 8 * sizeof(T));
  if constexpr (N == 8 * sizeof(T)) {
    return x;
  } else if constexpr (N == 0) {
    return 0;
  } else {
    return static_cast<T>(x & ((T{1} << N) - 1));
  }
}

template <unsigned N, std::unsigned_integral T>
constexpr T BvAdd(T a, T b) {
  using W = internal::BvWide<T>;
  return BvMask<N>(static_cast<T>(static_cast<W>(a) + static_cast<W>(b)));
}

template <unsigned N, std::unsigned_integral T>
constexpr T BvSub(T a, T b) {
  using W = internal::BvWide<T>;
  return BvMask<N>(static_cast<T>(static_cast<W>(a) - static_cast<W>(b)));
}

template <unsigned N, std::unsigned_integral T>
constexpr T BvMul(T a, T b) {
  using W = internal::BvWide<T>;
  return BvMask<N>(static_cast<T>(static_cast<W>(a) * static_cast<W>(b)));
}

// -a: 2^N - a (0 for 0).
template <unsigned N, std::unsigned_integral T>
constexpr T BvNeg(T a) {
  using W = internal::BvWide<T>;
  return BvMask<N>(static_cast<T>(W{0} - static_cast<W>(a)));
}

// !a: the bitwise complement of the N bits.
template <unsigned N, std::unsigned_integral T>
constexpr T BvNot(T a) {
  return BvMask<N>(static_cast<T>(~a));
}

// a << amount. Precondition (verified): 0 <= amount <= N.
template <unsigned N, std::unsigned_integral T, typename A>
constexpr T BvShl(T a, const A& amount) {
  uint64_t n = internal::ShiftAmount(amount);
  if (n >= N) {
    return 0;
  }
  using W = internal::BvWide<T>;
  return BvMask<N>(static_cast<T>(static_cast<W>(a) << n));
}

// a >> amount (logical). Precondition (verified): 0 <= amount <= N.
template <unsigned N, std::unsigned_integral T, typename A>
constexpr T BvShr(T a, const A& amount) {
  uint64_t n = internal::ShiftAmount(amount);
  if (n >= N) {
    return 0;
  }
  return static_cast<T>(a >> n);
}

// a.RotateLeft(amount) and a.RotateRight(amount). Precondition (verified):
// 0 <= amount <= N.
template <unsigned N, std::unsigned_integral T, typename A>
constexpr T BvRotl(T a, const A& amount) {
  uint64_t n = internal::ShiftAmount(amount);
  if (N == 0 || n % N == 0) {
    return a;
  }
  n %= N;
  return static_cast<T>(BvShl<N>(a, n) | BvShr<N>(a, N - n));
}

template <unsigned N, std::unsigned_integral T, typename A>
constexpr T BvRotr(T a, const A& amount) {
  uint64_t n = internal::ShiftAmount(amount);
  if (N == 0 || n % N == 0) {
    return a;
  }
  n %= N;
  return static_cast<T>(BvShr<N>(a, n) | BvShl<N>(a, N - n));
}

}  // namespace dfy

#endif  // DFY_BITVECTOR_H_
