// The printed text of a value, for halt messages: `expect e, msg` with a
// message that is not a string literal.
#ifndef DFY_VALUE_TEXT_H_
#define DFY_VALUE_TEXT_H_

#include <sstream>
#include <string>

#include "dfy/print.h"
#include "dfy/seq.h"

namespace dfy {

// What `print value` writes for a value of a non-string static type.
template <Printable T>
std::string PrintedText(const T& value) {
  std::ostringstream out;
  Print(out, value);
  return out.str();
}

// What `print s` writes for a value of static type string: raw UTF-8.
inline std::string StringText(const String& s) {
  std::ostringstream out;
  PrintString(out, s);
  return out.str();
}

}  // namespace dfy

#endif  // DFY_VALUE_TEXT_H_
