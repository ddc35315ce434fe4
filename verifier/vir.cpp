#include "verifier/vir.h"

#include <fmt/format.h>

namespace dfy::vir {

namespace {

struct ObligationText {
  const char* message;
  const char* related;
  const char* related_message;
};

constexpr ObligationText kObligations[] = {
#define OBLIGATION(name, message, related, related_message) {message, related, related_message},
#include "verifier/obligation_kinds.def"
};

void DumpBlock(const Block& b, int indent, std::string& out) {
  std::string pad(indent * 2, ' ');
  for (const Cmd& cmd : b.cmds) {
    switch (cmd.kind) {
      case Cmd::Assume:
        out += fmt::format("{}assume {}\n", pad, cmd.expr.to_string());
        break;
      case Cmd::Assert:
        out += fmt::format("{}assert#{} {}\n", pad, cmd.assert_id, cmd.expr.to_string());
        break;
      case Cmd::Choice:
        out += pad + "choice {\n";
        for (size_t i = 0; i < cmd.branches.size(); ++i) {
          if (i) out += pad + "} or {\n";
          DumpBlock(*cmd.branches[i], indent + 1, out);
        }
        out += pad + "}\n";
        break;
      case Cmd::Exit:
        out += fmt::format("{}goto L{}\n", pad, cmd.assert_id);
        break;
      case Cmd::Label:
        out += fmt::format("{}L{}:\n", pad, cmd.assert_id);
        break;
    }
  }
}

}  // namespace

const char* ObligationMessage(Obligation o) { return kObligations[static_cast<int>(o)].message; }
const char* ObligationRelatedLocation(Obligation o) {
  return kObligations[static_cast<int>(o)].related;
}
const char* ObligationRelatedMessage(Obligation o) {
  return kObligations[static_cast<int>(o)].related_message;
}

std::string Dump(const Task& task) {
  std::string out = fmt::format("task {}\n", task.name);
  for (const z3::expr& a : task.axioms) out += fmt::format("  axiom {}\n", a.to_string());
  DumpBlock(task.body, 1, out);
  return out;
}

}  // namespace dfy::vir
