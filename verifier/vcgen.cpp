#include "verifier/vcgen.h"

#include <fmt/format.h>

#include <map>

namespace dfy::vir {

namespace {

class VcGen {
 public:
  VcGen(z3::context& c, const Task& task) : c_(c) {
    for (size_t i = 0; i < task.asserts.size(); ++i) {
      selectors_.push_back(c.bool_const(fmt::format("sel#{}", i).c_str()));
    }
  }

  z3::expr Wp(const Block& b, z3::expr post) {
    for (auto it = b.cmds.rbegin(); it != b.cmds.rend(); ++it) {
      const Cmd& cmd = *it;
      switch (cmd.kind) {
        case Cmd::Assume:
          if (cmd.expr.is_false()) {
            post = c_.bool_val(true);
          } else if (!cmd.expr.is_true()) {
            post = z3::implies(cmd.expr, post);
          }
          break;
        case Cmd::Assert:
          post = z3::implies(selectors_[cmd.assert_id], cmd.expr) &&
                 (cmd.subsume ? z3::implies(cmd.expr, post) : post);
          break;
        case Cmd::Label:
          post = Name(post);
          label_post_.insert_or_assign(cmd.assert_id, post);
          break;
        case Cmd::Exit:
          post = label_post_.at(cmd.assert_id);
          break;
        case Cmd::Choice: {
          z3::expr named = Name(post);
          z3::expr conj = c_.bool_val(true);
          for (const auto& branch : cmd.branches) conj = conj && Wp(*branch, named);
          post = conj;
          break;
        }
      }
    }
    return post;
  }

  std::vector<z3::expr> definitions_;
  std::vector<z3::expr> selectors_;

 private:
  // A fresh boolean standing for `e`, unless `e` is small enough to copy.
  z3::expr Name(const z3::expr& e) {
    if (e.is_true() || e.is_false() || e.is_const()) return e;
    z3::expr k = c_.bool_const(fmt::format("wp#{}", definitions_.size()).c_str());
    definitions_.push_back(k == e);
    return k;
  }

  z3::context& c_;
  std::map<uint32_t, z3::expr> label_post_;
};

}  // namespace

VerificationCondition GenerateVC(z3::context& c, const Task& task) {
  VcGen gen(c, task);
  z3::expr formula = gen.Wp(task.body, c.bool_val(true));
  return VerificationCondition{formula, std::move(gen.definitions_), std::move(gen.selectors_)};
}

}  // namespace dfy::vir
