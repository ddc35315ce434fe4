// dfy::Real: Dafny's `real`, an exact rational number.
//
// Dafny's C# backend keeps a real as an unreduced fraction num/den (den >=
// 1) and its printed text depends on that pair, not only on the value:
// 20.0/3.0 + 4.0/3.0 prints "(24.0 / 3.0)", not "8.0". To print byte for
// byte what Dafny prints, this class replicates the C# BigRational exactly:
// the same pair after every operation, never reduced by a GCD
// (dafny-runtime.md §1). Comparison, equality and std::hash are by value.
#ifndef DFY_REAL_H_
#define DFY_REAL_H_

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

#include "dfy/dafny_hash.h"
#include "dfy/int.h"

namespace dfy {

// An exact rational with value semantics; num/den is kept as computed.
//
// Invariant: den_ >= 1.
class Real {
 public:
  // Zero, as 0/1.
  Real() : den_(1) {}

  // `n as real`: n/1 (explicit: Dafny converts only with `as real`).
  explicit Real(Int n) : num_(std::move(n)), den_(1) {}

  // The fraction num/den exactly as given. Precondition: den >= 1 (aborts
  // otherwise).
  Real(Int num, Int den);

  // A real literal as Dafny's lexer accepts it, converted the way Boogie's
  // BigDec does: digits with an optional '.', optional fraction and an
  // optional exponent ("1.5", "1.", ".5", "1e20", "123e-2", "1.23E+5"),
  // '_' between digits ignored, an optional leading '-'. Trailing zeros of
  // the mantissa are stripped, so "1.50" is 15/10, "0.10" is 1/10, "2.0" is
  // 2/1 and "0.0" is 0/1. Malformed text is a caller bug and aborts.
  static Real FromString(std::string_view text);

  // The stored numerator and denominator (den >= 1), unreduced.
  const Int& Num() const { return num_; }
  const Int& Den() const { return den_; }

  // `r.Floor`: the greatest int <= r ((-2.5).Floor == -3).
  Int Floor() const;

  // Dafny's text for this num/den pair: "<num>.0" when num == 0 or den ==
  // 1; a decimal expansion, trailing zeros kept, when den divides a power
  // of ten ("7.800", "0.001", "-1.5"); else "(<num>.0 / <den>.0)".
  std::string ToString() const;

  // A hash consistent with == (of the reduced fraction).
  size_t Hash() const;

  // C#'s arithmetic, pair for pair:
  //   a*b = (na*nb)/(da*db)
  //   a/b = a * (db/nb), the sign moved onto the numerator
  //   a±b = with a zero operand, the other operand's denominator; else
  //         g = gcd(da,db): (na*(db/g) ± nb*(da/g)) / (da*(db/g))
  //   -a  = (-na)/da
  friend Real operator+(const Real& a, const Real& b);
  friend Real operator-(const Real& a, const Real& b);
  friend Real operator*(const Real& a, const Real& b);
  // Precondition: b != 0 (the verifier proves it); aborts otherwise.
  friend Real operator/(const Real& a, const Real& b);
  friend Real operator-(const Real& a) { return Real(-a.num_, a.den_, kUnchecked); }

  Real& operator+=(const Real& b) { return *this = *this + b; }
  Real& operator-=(const Real& b) { return *this = *this - b; }
  Real& operator*=(const Real& b) { return *this = *this * b; }
  Real& operator/=(const Real& b) { return *this = *this / b; }

  // By value: 1/2 == 5/10.
  friend bool operator==(const Real& a, const Real& b) { return Compare(a, b) == 0; }
  friend std::strong_ordering operator<=>(const Real& a, const Real& b) {
    return Compare(a, b) <=> 0;
  }

 private:
  enum UncheckedTag { kUnchecked };
  Real(Int num, Int den, UncheckedTag) : num_(std::move(num)), den_(std::move(den)) {}

  // <0, 0, >0 as a <, ==, > b.
  static int Compare(const Real& a, const Real& b);

  Int num_;
  Int den_;
};

// A real as Dafny prints it, on its own or inside a collection: ToString().
void Print(std::ostream& out, const Real& value);

// Writes value.ToString(); for diagnostics and tests.
std::ostream& operator<<(std::ostream& out, const Real& value);

// C#'s BigRational.GetHashCode, num.hash + 29 * den.hash on the stored
// pair, for print order (dafny_hash.h). Not consistent with ==, as in C#.
inline int32_t DafnyHash(const Real& value) {
  auto num = static_cast<uint32_t>(DafnyHash(value.Num()));
  auto den = static_cast<uint32_t>(DafnyHash(value.Den()));
  return static_cast<int32_t>(num + 29u * den);
}

namespace internal {
template <>
struct TotallyOrdered<Real> : std::true_type {};
}  // namespace internal

}  // namespace dfy

template <>
struct std::hash<dfy::Real> {
  size_t operator()(const dfy::Real& value) const { return value.Hash(); }
};

#endif  // DFY_REAL_H_
