// A plain C++ program that calls Dafny code compiled by dfyc: arith.h, greet.h, digits.h and
// text.h are generated at build time from dfy/*.dfy and text/text.dfy (see CMakeLists.txt).
#include <iostream>

#include "arith.h"
#include "digits.h"
#include "greet.h"
#include "text.h"

int main() {
  // What a Dafny Main does first: one buffered stdout, flushed on every way out.
  dfy::InitOutput();
  namespace dm = default_module;

  dm::Greet(2);
  std::cout << "gcd(1071, 462) = " << dm::Gcd(1071, 462) << "\n";
  std::cout << "25! = " << dm::Factorial(25) << "\n";
  std::cout << "TwoTo(100) = " << dm::TwoTo(100) << "\n";
  std::cout << "IsEven(42) = " << (dm::IsEven(42) ? "true" : "false") << "\n";
  std::cout << "Average(1, 2) = ";
  dfy::Print(std::cout, dm::Average(dfy::Real(1), dfy::Real(2)));
  std::cout << "\n";
  std::cout << "PowerOfTenText(20) = " << dfy::StringText(dm::PowerOfTenText(20)) << "\n";
  std::cout << "Describe(-42): " << dfy::StringText(dm::Describe(-42)) << "\n";
  return 0;
}
