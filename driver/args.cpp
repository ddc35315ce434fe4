#include "driver/args.h"

#include <charconv>

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

bool ParseFilterPosition(const std::string& value, Options& options) {
  options.filter_position = true;
  options.filter_file = value;
  // As Dafny's pattern `(.*)(?::(\d*)(-?)(\d*))?` matched from the right: the part after the
  // last ':' is a line range only when it is digits, at most one '-', digits.
  size_t colon = value.rfind(':');
  if (colon == std::string::npos) return true;
  std::string lines = value.substr(colon + 1);
  size_t dash = lines.find('-');
  std::string from = lines.substr(0, dash);
  std::string to = dash == std::string::npos ? "" : lines.substr(dash + 1);
  auto digits = [](const std::string& s) {
    return s.find_first_not_of("0123456789") == std::string::npos;
  };
  if (!digits(from) || !digits(to)) return true;
  options.filter_file = value.substr(0, colon);
  auto number = [](const std::string& s, uint32_t& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
  };
  if (!from.empty() && !number(from, options.filter_from)) return false;
  if (!to.empty() && !number(to, options.filter_to)) return false;
  // `:N` is the one line N.
  if (dash == std::string::npos && !from.empty()) options.filter_to = options.filter_from;
  return true;
}

}  // namespace dfy::driver
