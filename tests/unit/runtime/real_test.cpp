// Tests for runtime/include/dfy/real.h: dfy::Real, C#'s unnormalised
// BigRational (dafny-runtime.md §1).
#include "dfy/real.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <unordered_set>

#include "dfy/print.h"

namespace dfy {
namespace {

Real R(std::string_view literal) { return Real::FromString(literal); }

std::string Printed(const Real& value) {
  std::ostringstream out;
  Print(out, value);
  return out.str();
}

TEST_CASE("Real: the confirmed outputs of dafny-runtime.md") {
  CHECK(Printed(R("1.0") / R("3.0")) == "(1.0 / 3.0)");
  CHECK(Printed(R("20.0") / R("3.0") + R("4.0") / R("3.0")) == "(24.0 / 3.0)");
  CHECK(Printed(R("31.2") / R("4.0")) == "7.800");
  CHECK(Printed(R("0.81") / R("0.81")) == "(8100.0 / 8100.0)");
  CHECK(Printed(R("20.0") / -R("3.0")) == "(-20.0 / 3.0)");
  CHECK(Printed(R("0.3") - R("0.1")) == "0.2");
  CHECK(Printed(R("1e-100")) == "0." + std::string(99, '0') + "1");
}

TEST_CASE("Real: literals as BigDec makes them, trailing zeros stripped") {
  CHECK(Printed(R("1.5")) == "1.5");
  CHECK(R("1.5").Num() == 15);
  CHECK(R("1.5").Den() == 10);
  CHECK(Printed(R("0.10")) == "0.1");
  CHECK(R("0.10").Den() == 10);
  CHECK(Printed(R("1e20")) == "100000000000000000000.0");
  CHECK(R("1e20").Den() == 1);
  CHECK(Printed(R("-2.0")) == "-2.0");
  CHECK(R("-2.0").Den() == 1);
  CHECK(Printed(R("0.0")) == "0.0");
  CHECK(Printed(R("-0.0")) == "0.0");
  CHECK(Printed(-R("0.0")) == "0.0");
  CHECK(Printed(R("123e-2")) == "1.23");
  CHECK(R("123e-2").Den() == 100);
  CHECK(Printed(R("1.23e5")) == "123000.0");
  CHECK(Printed(R("1.23E+5")) == "123000.0");
  CHECK(Printed(R("1.")) == "1.0");
  CHECK(Printed(R(".5")) == "0.5");
  CHECK(Printed(R("1_000.000_5")) == "1000.0005");
  CHECK(Printed(R("0.001")) == "0.001");
  CHECK(Printed(R("-0.001")) == "-0.001");
  CHECK(Printed(R("12.50")) == "12.5");
  CHECK(Printed(R("100")) == "100.0");
  CHECK(R("100").Num() == 100);
  CHECK(Printed(R("1e0")) == "1.0");
  CHECK(Printed(R("5e-1")) == "0.5");
}

TEST_CASE("Real: printing depends on the pair, not only the value") {
  CHECK(Printed(Real(Int(1), Int(4))) == "0.25");
  CHECK(Printed(Real(Int(-1), Int(8))) == "-0.125");
  CHECK(Printed(Real(Int(3), Int(20))) == "0.15");
  CHECK(Printed(Real(Int(7), Int(80))) == "0.0875");
  CHECK(Printed(Real(Int(10), Int(5))) == "2.0");
  CHECK(Printed(Real(Int(10), Int(4))) == "2.50");
  CHECK(Printed(Real(Int(6), Int(3))) == "(6.0 / 3.0)");
  CHECK(Printed(Real(Int(0), Int(3))) == "0.0");
  CHECK(Printed(Real(Int(-7), Int(1))) == "-7.0");
  CHECK(Printed(Real(Int(123), Int(1000))) == "0.123");
  CHECK(Printed(Real(Int(-12345), Int(100))) == "-123.45");
  CHECK(Real(Int(6), Int(3)) == Real(Int(2)));
  CHECK(Printed(Real(Int::FromString("1267650600228229401496703205376"), Int(3))) ==
        "(1267650600228229401496703205376.0 / 3.0)");
}

TEST_CASE("Real: arithmetic keeps C#'s pairs") {
  // a*b multiplies the pairs.
  Real product = R("0.5") * R("0.5");
  CHECK(product.Num() == 25);
  CHECK(product.Den() == 100);
  CHECK(Printed(product) == "0.25");
  // a/b multiplies by the reciprocal, sign on the numerator.
  Real quotient = R("1.5") / R("-0.5");
  CHECK(quotient.Num() == -150);
  CHECK(quotient.Den() == 50);
  CHECK(Printed(quotient) == "-3.00");
  // a±b with a zero operand takes the other's denominator.
  Real zero_left = Real(Int(0), Int(7)) + R("0.5");
  CHECK(zero_left.Num() == 5);
  CHECK(zero_left.Den() == 10);
  Real zero_right = R("0.5") - Real(Int(0), Int(7));
  CHECK(zero_right.Den() == 10);
  Real zero_minus = Real() - R("0.5");
  CHECK(Printed(zero_minus) == "-0.5");
  // Otherwise over da*(db/g).
  Real sum = R("0.5") + R("0.25");  // 5/10 + 25/100: g = 10
  CHECK(sum.Num() == 75);
  CHECK(sum.Den() == 100);
  Real thirds = Real(Int(1), Int(6)) + Real(Int(1), Int(4));  // g = 2: 2/12 + 3/12
  CHECK(thirds.Num() == 5);
  CHECK(thirds.Den() == 12);
  // Negation only negates the numerator.
  Real negated = -Real(Int(3), Int(9));
  CHECK(negated.Num() == -3);
  CHECK(negated.Den() == 9);
  // int as real.
  CHECK(Printed(Real(Int(42))) == "42.0");
  CHECK(Printed(Real(Int(-42))) == "-42.0");
  Real accumulated;
  accumulated += R("0.1");
  accumulated += R("0.2");
  accumulated *= R("2.0");
  accumulated -= R("0.6");
  CHECK(accumulated == Real());
  accumulated = R("1.0");
  accumulated /= R("4.0");
  CHECK(Printed(accumulated) == "0.25");
}

TEST_CASE("Real: comparison and equality by value") {
  CHECK(R("0.5") == Real(Int(1), Int(2)));
  CHECK(R("0.5") == Real(Int(50), Int(100)));
  CHECK(R("0.5") != R("0.25"));
  CHECK(R("0.25") < R("0.5"));
  CHECK(-R("0.5") < R("0.25"));
  CHECK(-R("0.5") < Real());
  CHECK(R("1.0") / R("3.0") > R("0.333"));
  CHECK(R("1.0") / R("3.0") < R("0.334"));
  CHECK(R("2.0") >= Real(Int(6), Int(3)));
  CHECK(R("0.81") / R("0.81") == R("1.0"));
  CHECK((R("1.5") <=> R("1.50")) == std::strong_ordering::equal);
}

TEST_CASE("Real: hashing agrees with value equality") {
  std::hash<Real> hash;
  CHECK(hash(R("0.5")) == hash(Real(Int(1), Int(2))));
  CHECK(hash(R("0.5")) == hash(Real(Int(-7), Int(-1) + 15) * Real(Int(-1))));
  CHECK(hash(R("2.0")) == hash(Real(Int(6), Int(3))));
  CHECK(hash(Real()) == hash(Real(Int(0), Int(5))));
  std::unordered_set<Real> set = {R("0.5"), Real(Int(2), Int(4)), R("1.0"), R("3.0") / R("3.0")};
  CHECK(set.size() == 2);
}

TEST_CASE("Real: Floor rounds toward minus infinity") {
  CHECK(R("2.5").Floor() == 2);
  CHECK((-R("2.5")).Floor() == -3);
  CHECK(R("-2.0").Floor() == -2);
  CHECK(Real(Int(-6), Int(3)).Floor() == -2);
  CHECK(Real(Int(-7), Int(3)).Floor() == -3);
  CHECK(Real().Floor() == 0);
  CHECK(R("0.999").Floor() == 0);
  CHECK(R("-0.001").Floor() == -1);
  CHECK(R("1e20").Floor().ToString() == "100000000000000000000");
  CHECK((R("1e20") / R("3.0")).Floor().ToString() == "33333333333333333333");
}

TEST_CASE("Real: DafnyHash follows C# num.hash + 29 * den.hash") {
  CHECK(DafnyHash(R("1.5")) == 15 + 29 * 10);
  CHECK(DafnyHash(Real(Int(2))) == 2 + 29);
}

}  // namespace
}  // namespace dfy
