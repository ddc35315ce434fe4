// The GMP side of dfy::Int: everything that involves a big operand or a
// result that overflowed int64. The inline fast paths are in dfy/int.h.
#include "dfy/int.h"

#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <ostream>
#include <string>

#include "dfy/halt.h"

namespace dfy {

// A small value is turned into a one-limb GMP view and results are read back
// with mpz_get_si, so a limb and a long must both hold an int64.
static_assert(GMP_NUMB_BITS == 64, "dfy::Int needs 64-bit GMP limbs");
static_assert(sizeof(long) == sizeof(int64_t), "mpz_*_si take a long");

namespace internal {

void DivisionByZero() { FailRuntimeCheck("division by zero"); }

void DivisionOverflow() { FailRuntimeCheck("fixed-width division overflows: INT64_MIN / -1"); }

}  // namespace internal

struct Int::BigRep {
  mpz_t value;
};

// GMP signature shared by mpz_add, mpz_sub, mpz_mul and the Euclidean
// division helpers below.
using MpzBinaryOp = void (*)(mpz_ptr, mpz_srcptr, mpz_srcptr);

struct Int::Impl {
  // A read-only mpz view of an Int that never allocates: a big Int is
  // viewed directly, a small one through a one-limb stack buffer. Not
  // copyable, since the view may point into the object itself.
  class View {
   public:
    explicit View(const Int& x) {
      if (IsBigRep(x.rep_)) {
        ptr_ = Big(x.rep_)->value;
        return;
      }
      int64_t small = x.rep_ >> 1;
      // Unsigned negation (small values are above INT64_MIN, but this costs nothing).
      limb_ = small < 0 ? 0 - static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
      mp_size_t size = small < 0 ? -1 : (small > 0 ? 1 : 0);
      ptr_ = mpz_roinit_n(buffer_, &limb_, size);
    }
    View(const View&) = delete;
    View& operator=(const View&) = delete;

    mpz_srcptr Get() const { return ptr_; }

   private:
    mp_limb_t limb_ = 0;
    mpz_t buffer_;
    mpz_srcptr ptr_;
  };

  // An Int that borrows a word it does not own (the *Rep functions' operands): it never
  // frees it.
  class Borrowed {
   public:
    explicit Borrowed(Int&& x) : x_(std::move(x)) {}
    ~Borrowed() { x_.rep_ = 0; }
    Borrowed(const Borrowed&) = delete;
    Borrowed& operator=(const Borrowed&) = delete;
    const Int& Get() const { return x_; }

   private:
    Int x_;
  };

  // A fresh big rep holding zero.
  static BigRep* NewRep() {
    auto* rep = new BigRep;
    mpz_init(rep->value);
    return rep;
  }

  // True iff the GMP value lies in the small range [-2^62, 2^62).
  static bool InSmallRange(mpz_srcptr value) {
    return mpz_fits_slong_p(value) && IsSmallValue(mpz_get_si(value));
  }

  // Takes ownership of `rep` and restores the invariant: a value in the
  // small range becomes small again.
  static Int Normalize(BigRep* rep) {
    if (InSmallRange(rep->value)) {
      int64_t small = mpz_get_si(rep->value);
      FreeBig(rep);
      return FromRep(small * 2);
    }
    return FromRep(TagBig(rep));
  }

  // Same, for an Int whose big rep was updated in place.
  static void NormalizeInPlace(Int& x) {
    if (IsBigRep(x.rep_) && InSmallRange(Big(x.rep_)->value)) {
      BigRep* big = Big(x.rep_);
      x.rep_ = mpz_get_si(big->value) * 2;
      FreeBig(big);
    }
  }

  template <MpzBinaryOp kOp>
  static Int Binary(const Int& a, const Int& b) {
    View va(a);
    View vb(b);
    BigRep* rep = NewRep();
    kOp(rep->value, va.Get(), vb.Get());
    return Normalize(rep);
  }

  // a = a op b, reusing a's storage when a is big. GMP allows the output to
  // alias an input, so `b` may be `a` itself.
  template <MpzBinaryOp kOp>
  static Int& BinaryAssign(Int& a, const Int& b) {
    if (!IsBigRep(a.rep_)) {
      a = Binary<kOp>(a, b);
      return a;
    }
    View vb(b);
    mpz_ptr target = Big(a.rep_)->value;
    kOp(target, target, vb.Get());
    NormalizeInPlace(a);
    return a;
  }

  static void CheckDivisor(const Int& b) {
    if (b.rep_ == 0) {
      internal::DivisionByZero();
    }
  }
};

namespace {

// Euclidean quotient: floor division for b > 0, ceiling division for b < 0;
// either way the remainder a - q*b is in [0, |b|).
void EuclidDivMpz(mpz_ptr q, mpz_srcptr a, mpz_srcptr b) {
  if (mpz_sgn(b) > 0) {
    mpz_fdiv_q(q, a, b);
  } else {
    mpz_cdiv_q(q, a, b);
  }
}

// Euclidean remainder; mpz_mod ignores the divisor's sign and is never
// negative, which is exactly Dafny's %.
void EuclidModMpz(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_mod(r, a, b); }

bool IsDigit(char c, int base) {
  if (c >= '0' && c <= '9') {
    return true;
  }
  return base == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

[[noreturn]] void MalformedLiteral(std::string_view text) {
  FailRuntimeCheck("malformed integer literal \"" + std::string(text) + "\"");
}

}  // namespace

Int::BigRep* Int::NewBigFromInt64(int64_t value) {
  BigRep* rep = Impl::NewRep();
  mpz_set_si(rep->value, value);
  return rep;
}

bool Int::BigFitsInt64(const BigRep* big) noexcept { return mpz_fits_slong_p(big->value) != 0; }

int64_t Int::BigToInt64(const BigRep* big) noexcept { return mpz_get_si(big->value); }

Int::BigRep* Int::NewBigFromUint64(uint64_t value) {
  BigRep* rep = Impl::NewRep();
  mpz_set_ui(rep->value, value);
  return rep;
}

uint64_t Int::Low64Big(const BigRep* big) noexcept {
  // The two's complement low word: the magnitude's low limb, negated for a negative value.
  static_assert(sizeof(mp_limb_t) == sizeof(uint64_t));
  uint64_t low = static_cast<uint64_t>(mpz_getlimbn(big->value, 0));
  return mpz_sgn(big->value) < 0 ? ~low + 1 : low;
}

void Int::ToWords(uint64_t* words, size_t count) const {
  if (!IsBigRep(rep_)) {
    // Sign-extended: -1 is all ones.
    int64_t small = rep_ >> 1;
    std::fill(words, words + count, small < 0 ? ~uint64_t{0} : uint64_t{0});
    if (count != 0) {
      words[0] = static_cast<uint64_t>(small);
    }
    return;
  }
  // value mod 2^(64 * count), which is nonnegative, then its words.
  std::fill(words, words + count, uint64_t{0});
  mpz_t low;
  mpz_init(low);
  mpz_fdiv_r_2exp(low, Big(rep_)->value, 64 * count);
  size_t written = 0;
  mpz_export(words, &written, -1, sizeof(uint64_t), 0, 0, low);
  mpz_clear(low);
}

Int Int::FromWords(const uint64_t* words, size_t count) {
  while (count != 0 && words[count - 1] == 0) {
    --count;
  }
  if (count == 0) {
    return Int();
  }
  if (count == 1) {
    return Int(words[0]);
  }
  BigRep* rep = Impl::NewRep();
  mpz_import(rep->value, count, -1, sizeof(uint64_t), 0, 0, words);
  return Impl::Normalize(rep);
}

Int::BigRep* Int::CloneBig(const BigRep* big) {
  auto* rep = new BigRep;
  mpz_init_set(rep->value, big->value);
  return rep;
}

void Int::FreeBig(BigRep* big) noexcept {
  mpz_clear(big->value);
  delete big;
}

size_t Int::HashBig(const BigRep* big) noexcept {
  // Mixes the sign and every limb (boost::hash_combine's recipe).
  size_t hash = static_cast<size_t>(mpz_sgn(big->value));
  auto limbs = static_cast<mp_size_t>(mpz_size(big->value));
  for (mp_size_t i = 0; i < limbs; ++i) {
    hash ^= static_cast<size_t>(mpz_getlimbn(big->value, i)) + 0x9e3779b97f4a7c15ULL + (hash << 6) +
            (hash >> 2);
  }
  return hash;
}

int Int::Compare(const Int& a, const Int& b) noexcept {
  Impl::View va(a);
  Impl::View vb(b);
  return mpz_cmp(va.Get(), vb.Get());
}

void Int::AssignSlow(const Int& other) {
  if (!IsBigRep(other.rep_)) {
    FreeBig(Big(rep_));
    rep_ = other.rep_;
  } else if (IsBigRep(rep_)) {
    mpz_set(Big(rep_)->value, Big(other.rep_)->value);
  } else {
    rep_ = TagBig(CloneBig(Big(other.rep_)));
  }
}

Int Int::AddSlow(const Int& a, const Int& b) { return Impl::Binary<mpz_add>(a, b); }

Int Int::SubSlow(const Int& a, const Int& b) { return Impl::Binary<mpz_sub>(a, b); }

Int Int::MulSlow(const Int& a, const Int& b) { return Impl::Binary<mpz_mul>(a, b); }

Int Int::NegSlow(const Int& a) {
  Impl::View va(a);
  BigRep* rep = Impl::NewRep();
  mpz_neg(rep->value, va.Get());
  return Impl::Normalize(rep);
}

Int Int::DivSlow(const Int& a, const Int& b) {
  Impl::CheckDivisor(b);
  return Impl::Binary<EuclidDivMpz>(a, b);
}

Int Int::ModSlow(const Int& a, const Int& b) {
  Impl::CheckDivisor(b);
  return Impl::Binary<EuclidModMpz>(a, b);
}

Int& Int::AddAssignSlow(const Int& b) { return Impl::BinaryAssign<mpz_add>(*this, b); }

Int& Int::SubAssignSlow(const Int& b) { return Impl::BinaryAssign<mpz_sub>(*this, b); }

Int& Int::MulAssignSlow(const Int& b) { return Impl::BinaryAssign<mpz_mul>(*this, b); }

int Int::CompareRep(int64_t a, int64_t b) noexcept {
  Impl::Borrowed x(FromRep(a)), y(FromRep(b));
  return Compare(x.Get(), y.Get());
}

int64_t Int::AssignRep(int64_t target, int64_t source) noexcept {
  Int x = FromRep(target);
  Impl::Borrowed y(FromRep(source));
  x.AssignSlow(y.Get());
  return x.ReleaseRep();
}

int64_t Int::AddRep(int64_t a, int64_t b) noexcept {
  Impl::Borrowed x(FromRep(a)), y(FromRep(b));
  return AddSlow(x.Get(), y.Get()).ReleaseRep();
}

int64_t Int::SubRep(int64_t a, int64_t b) noexcept {
  Impl::Borrowed x(FromRep(a)), y(FromRep(b));
  return SubSlow(x.Get(), y.Get()).ReleaseRep();
}

int64_t Int::MulRep(int64_t a, int64_t b) noexcept {
  Impl::Borrowed x(FromRep(a)), y(FromRep(b));
  return MulSlow(x.Get(), y.Get()).ReleaseRep();
}

int64_t Int::NegRep(int64_t a) noexcept {
  Impl::Borrowed x(FromRep(a));
  return NegSlow(x.Get()).ReleaseRep();
}

int64_t Int::DivRep(int64_t a, int64_t b) noexcept {
  Impl::Borrowed x(FromRep(a)), y(FromRep(b));
  return DivSlow(x.Get(), y.Get()).ReleaseRep();
}

int64_t Int::ModRep(int64_t a, int64_t b) noexcept {
  Impl::Borrowed x(FromRep(a)), y(FromRep(b));
  return ModSlow(x.Get(), y.Get()).ReleaseRep();
}

int64_t Int::AddAssignRep(int64_t a, int64_t b) noexcept {
  Int x = FromRep(a);
  Impl::Borrowed y(FromRep(b));
  x.AddAssignSlow(y.Get());
  return x.ReleaseRep();
}

int64_t Int::SubAssignRep(int64_t a, int64_t b) noexcept {
  Int x = FromRep(a);
  Impl::Borrowed y(FromRep(b));
  x.SubAssignSlow(y.Get());
  return x.ReleaseRep();
}

int64_t Int::MulAssignRep(int64_t a, int64_t b) noexcept {
  Int x = FromRep(a);
  Impl::Borrowed y(FromRep(b));
  x.MulAssignSlow(y.Get());
  return x.ReleaseRep();
}

Int Int::FromString(std::string_view text) {
  std::string_view rest = text;
  bool negative = false;
  if (!rest.empty() && rest.front() == '-') {
    negative = true;
    rest.remove_prefix(1);
  }
  int base = 10;
  if (rest.size() >= 2 && rest[0] == '0' && (rest[1] == 'x' || rest[1] == 'X')) {
    base = 16;
    rest.remove_prefix(2);
  }
  std::string digits;
  digits.reserve(rest.size());
  for (char c : rest) {
    if (c == '_') {
      continue;
    }
    if (!IsDigit(c, base)) {
      MalformedLiteral(text);
    }
    digits.push_back(c);
  }
  if (digits.empty()) {
    MalformedLiteral(text);
  }

  uint64_t magnitude = 0;
  auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, base);
  constexpr uint64_t kMaxMagnitude = uint64_t{1} << 63;
  if (error == std::errc() && end == digits.data() + digits.size() &&
      magnitude <= (negative ? kMaxMagnitude : kMaxMagnitude - 1)) {
    // Modular negation in uint64 and the conversion back are exact here,
    // including -2^63.
    return FromInt64(static_cast<int64_t>(negative ? 0 - magnitude : magnitude));
  }
  BigRep* rep = Impl::NewRep();
  if (mpz_set_str(rep->value, digits.c_str(), base) != 0) {
    FreeBig(rep);
    MalformedLiteral(text);
  }
  if (negative) {
    mpz_neg(rep->value, rep->value);
  }
  return Impl::Normalize(rep);
}

std::string Int::ToString() const {
  if (!IsBigRep(rep_)) {
    char buffer[24];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), rep_ >> 1);
    (void)error;  // 24 bytes always hold an int64.
    return std::string(buffer, end);
  }
  // mpz_sizeinbase may overestimate by one; add room for '-' and NUL.
  const BigRep* big = Big(rep_);
  std::string text(mpz_sizeinbase(big->value, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, big->value);
  text.resize(std::strlen(text.c_str()));
  return text;
}

std::ostream& operator<<(std::ostream& out, const Int& value) {
  std::string text = value.ToString();
  return out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace dfy
