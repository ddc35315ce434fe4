// dfy::MainArgs: the `args` of `method Main(args: seq<string>)`, as Dafny passes them: the
// program's name, then each command-line argument, decoded from UTF-8 (an ill-formed byte
// becomes U+FFFD).
#ifndef DFY_MAIN_ARGS_H_
#define DFY_MAIN_ARGS_H_

#include <string_view>
#include <vector>

#include "dfy/seq.h"

namespace dfy {

inline Seq<char32_t> StringFromUtf8(std::string_view utf8) {
  std::u32string out;
  size_t i = 0;
  while (i < utf8.size()) {
    auto b = static_cast<unsigned char>(utf8[i]);
    // The number of continuation bytes the lead byte announces (-1: not a lead byte).
    int extra = b < 0x80           ? 0
                : (b >> 5) == 0x6  ? 1
                : (b >> 4) == 0xE  ? 2
                : (b >> 3) == 0x1E ? 3
                                   : -1;
    char32_t c = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
    bool ok = extra >= 0 && i + static_cast<size_t>(extra) < utf8.size();
    for (int k = 1; ok && k <= extra; ++k) {
      auto cont = static_cast<unsigned char>(utf8[i + k]);
      ok = (cont & 0xC0) == 0x80;
      c = (c << 6) | (cont & 0x3F);
    }
    if (!ok || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      out.push_back(U'\uFFFD');
      ++i;
      continue;
    }
    out.push_back(c);
    i += static_cast<size_t>(extra) + 1;
  }
  return Seq<char32_t>(std::u32string_view(out));
}

inline Seq<Seq<char32_t>> MainArgs(int argc, char** argv) {
  std::vector<Seq<char32_t>> args;
  for (int i = 0; i < argc; ++i) args.push_back(StringFromUtf8(argv[i]));
  return Seq<Seq<char32_t>>::FromRange(args.begin(), args.end());
}

}  // namespace dfy

#endif  // DFY_MAIN_ARGS_H_
