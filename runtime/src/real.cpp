// dfy::Real: C#'s BigRational arithmetic and printing (see dfy/real.h).
#include "dfy/real.h"

#include <cstddef>
#include <ostream>
#include <string>

#include "dfy/halt.h"
#include "dfy/print.h"

namespace dfy {
namespace {

// gcd(|a|, |b|); gcd(0, 0) == 0.
Int Gcd(Int a, Int b) {
  if (a < 0) {
    a = -a;
  }
  if (b < 0) {
    b = -b;
  }
  while (b != 0) {
    Int r = a % b;
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

// 10^k.
Int PowerOfTen(size_t k) {
  std::string digits = "1";
  digits.append(k, '0');
  return Int::FromString(digits);
}

[[noreturn]] void MalformedLiteral(std::string_view text) {
  FailRuntimeCheck("malformed real literal \"" + std::string(text) + "\"");
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// If den divides a power of ten, the smallest such power 10^k and the
// factor f with den*f == 10^k, as C#'s DividesAPowerOf10 finds them: strip
// tens, then fives (each asks for a factor 2), then twos (each a factor 5).
// After the tens, at most one of 2 and 5 still divides den, so k is minimal.
bool DividesAPowerOfTen(Int den, Int& factor, size_t& log10) {
  factor = 1;
  log10 = 0;
  while (den % 10 == 0) {
    den = den / 10;
    ++log10;
  }
  while (den % 5 == 0) {
    den = den / 5;
    factor *= 2;
    ++log10;
  }
  while (den % 2 == 0) {
    den = den / 2;
    factor *= 5;
    ++log10;
  }
  return den == 1;
}

}  // namespace

Real::Real(Int num, Int den) : num_(std::move(num)), den_(std::move(den)) {
  if (den_ < 1) {
    FailRuntimeCheck("real with denominator < 1: " + den_.ToString());
  }
}

Real Real::FromString(std::string_view text) {
  std::string_view rest = text;
  bool negative = false;
  if (!rest.empty() && rest.front() == '-') {
    negative = true;
    rest.remove_prefix(1);
  }
  // Mantissa digits (integer part then fraction), and how many of them
  // follow the '.'.
  std::string digits;
  size_t fraction_digits = 0;
  bool seen_point = false;
  while (!rest.empty() && rest.front() != 'e' && rest.front() != 'E') {
    char c = rest.front();
    rest.remove_prefix(1);
    if (IsDigit(c)) {
      digits += c;
      fraction_digits += seen_point ? 1 : 0;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else if (c != '_') {
      MalformedLiteral(text);
    }
  }
  if (digits.empty()) {
    MalformedLiteral(text);
  }
  // Decimal exponent; int64 is plenty (10^(2^63) has no memory to live in).
  int64_t exponent = 0;
  if (!rest.empty()) {
    rest.remove_prefix(1);  // 'e' or 'E'
    bool negative_exponent = false;
    if (!rest.empty() && (rest.front() == '-' || rest.front() == '+')) {
      negative_exponent = rest.front() == '-';
      rest.remove_prefix(1);
    }
    if (rest.empty()) {
      MalformedLiteral(text);
    }
    for (char c : rest) {
      if (IsDigit(c)) {
        if (exponent > 100'000'000) {
          MalformedLiteral(text);
        }
        exponent = exponent * 10 + (c - '0');
      } else if (c != '_') {
        MalformedLiteral(text);
      }
    }
    exponent = negative_exponent ? -exponent : exponent;
  }
  exponent -= static_cast<int64_t>(fraction_digits);
  // BigDec strips the mantissa's trailing zeros into the exponent.
  size_t last = digits.find_last_not_of('0');
  if (last == std::string::npos) {
    return Real();
  }
  exponent += static_cast<int64_t>(digits.size() - 1 - last);
  digits.resize(last + 1);
  Int mantissa = Int::FromString(digits);
  if (negative) {
    mantissa = -mantissa;
  }
  if (exponent >= 0) {
    return Real(mantissa * PowerOfTen(static_cast<size_t>(exponent)), Int(1), kUnchecked);
  }
  return Real(std::move(mantissa), PowerOfTen(static_cast<size_t>(-exponent)), kUnchecked);
}

Int Real::Floor() const {
  // Euclidean division by a positive divisor rounds toward -infinity.
  return num_ / den_;
}

std::string Real::ToString() const {
  if (num_ == 0 || den_ == 1) {
    return num_.ToString() + ".0";
  }
  Int factor;
  size_t log10 = 0;
  if (!DividesAPowerOfTen(den_, factor, log10)) {
    // Appended piecewise: GCC 12 -O2 warns falsely (-Wrestrict, GCC bug
    // 105329) on "(" + std::string.
    std::string text = "(";
    text += num_.ToString();
    text += ".0 / ";
    text += den_.ToString();
    text += ".0)";
    return text;
  }
  bool negative = num_ < 0;
  std::string digits = ((negative ? -num_ : num_) * factor).ToString();
  std::string text = negative ? "-" : "";
  if (log10 < digits.size()) {
    size_t whole = digits.size() - log10;
    text.append(digits, 0, whole);
    text += '.';
    text.append(digits, whole);
  } else {
    text += "0.";
    text.append(log10 - digits.size(), '0');
    text += digits;
  }
  return text;
}

size_t Real::Hash() const {
  if (den_ == 1) {
    return internal::HashCombine(num_.Hash(), Int(1).Hash());
  }
  Int g = Gcd(num_, den_);
  if (g == 0) {
    return internal::HashCombine(Int(0).Hash(), Int(1).Hash());
  }
  return internal::HashCombine((num_ / g).Hash(), (den_ / g).Hash());
}

// C#'s Normalize: values aa, bb, dd with a == aa/dd and b == bb/dd.
static void CommonDenominator(const Real& a, const Real& b, Int& aa, Int& bb, Int& dd) {
  if (a.Num() == 0) {
    aa = a.Num();
    bb = b.Num();
    dd = b.Den();
  } else if (b.Num() == 0) {
    aa = a.Num();
    bb = b.Num();
    dd = a.Den();
  } else if (a.Den() == b.Den()) {
    // The general case with gcd == den; skips the gcd.
    aa = a.Num();
    bb = b.Num();
    dd = a.Den();
  } else {
    Int g = Gcd(a.Den(), b.Den());
    Int xx = a.Den() / g;
    Int yy = b.Den() / g;
    aa = a.Num() * yy;
    bb = b.Num() * xx;
    dd = a.Den() * yy;
  }
}

Real operator+(const Real& a, const Real& b) {
  Int aa, bb, dd;
  CommonDenominator(a, b, aa, bb, dd);
  return Real(aa + bb, std::move(dd), Real::kUnchecked);
}

Real operator-(const Real& a, const Real& b) {
  Int aa, bb, dd;
  CommonDenominator(a, b, aa, bb, dd);
  return Real(aa - bb, std::move(dd), Real::kUnchecked);
}

Real operator*(const Real& a, const Real& b) {
  return Real(a.num_ * b.num_, a.den_ * b.den_, Real::kUnchecked);
}

Real operator/(const Real& a, const Real& b) {
  if (b.num_ == 0) {
    internal::DivisionByZero();
  }
  if (b.num_ > 0) {
    return Real(a.num_ * b.den_, a.den_ * b.num_, Real::kUnchecked);
  }
  return Real(a.num_ * -b.den_, a.den_ * -b.num_, Real::kUnchecked);
}

int Real::Compare(const Real& a, const Real& b) {
  if (a.den_ == b.den_) {
    return a.num_ < b.num_ ? -1 : (a.num_ == b.num_ ? 0 : 1);
  }
  // Denominators are positive, so cross-multiplying keeps the order.
  Int left = a.num_ * b.den_;
  Int right = b.num_ * a.den_;
  return left < right ? -1 : (left == right ? 0 : 1);
}

void Print(std::ostream& out, const Real& value) {
  std::string text = value.ToString();
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::ostream& operator<<(std::ostream& out, const Real& value) { return out << value.ToString(); }

}  // namespace dfy
