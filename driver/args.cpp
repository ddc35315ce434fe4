#include "driver/args.h"

namespace dfy::driver {

void NormalizeColonOptions(std::vector<std::string>& args) {
  for (std::string& a : args) {
    if (a == "--") return;
    if (a.size() < 4 || a[0] != '-' || a[1] != '-') continue;
    size_t i = 2;
    while (i < a.size() && ((a[i] >= 'a' && a[i] <= 'z') || (a[i] >= '0' && a[i] <= '9') ||
                            (a[i] == '-' && i > 2))) {
      ++i;
    }
    if (i > 2 && i < a.size() && a[i] == ':') a[i] = '=';
  }
}

}  // namespace dfy::driver
