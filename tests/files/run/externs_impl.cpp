// The C++ side of externs.dfy: its {:extern} methods and functions, declared by the header
// dfyc generates (externs.h) in the namespaces of their modules.
#include <algorithm>
#include <iostream>

#include "externs.h"

namespace default_module {

dfy::Int Greet(const dfy::String& name) {
  std::cout << "hello, ";
  dfy::PrintString(name);
  std::cout << "\n";
  return name.Length();
}

dfy::Int SquarePlusOne(const dfy::Int& x) { return x * x + 1; }

// seq<uint8> is a dfy::Bytes (dfy::Seq<std::uint8_t>): AsBytes views it without a copy.
std::uint32_t Checksum(const dfy::Bytes& data) {
  std::uint32_t sum = 0;
  for (std::uint8_t b : dfy::AsBytes(data)) sum = sum * 31 + b;
  return sum;
}

// seq<bv8> is a dfy::Bytes too; Fill writes the result in place.
dfy::Bytes Reversed(const dfy::Bytes& data) {
  std::span<const std::uint8_t> in = dfy::AsBytes(data);
  return dfy::Bytes::Fill(in.size(), [&](std::span<std::uint8_t> out) {
    std::reverse_copy(in.begin(), in.end(), out.begin());
  });
}

}  // namespace default_module

// module {:extern "native_clock"} Clock
namespace native_clock {

dfy::Int Ticks(const dfy::Int& n) { return n * 1000; }

}  // namespace native_clock
