#include "verifier/vcgen.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <stdexcept>

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
                 (cmd.subsume ? z3::implies(cmd.assumed.value_or(cmd.expr), post) : post);
          break;
        case Cmd::Label:
          post = Name(post);
          label_post_.insert_or_assign(cmd.assert_id, post);
          break;
        case Cmd::Exit: {
          auto target = label_post_.find(cmd.assert_id);
          if (target == label_post_.end()) {
            throw std::logic_error("verifier: a jump precedes its label in the VC generator");
          }
          post = target->second;
          break;
        }
        case Cmd::Choice: {
          z3::expr named = Name(post);
          z3::expr conj = c_.bool_val(true);
          // In order, unless a branch jumps to a label of a later one (`continue` of an outer
          // loop, whose iteration ends in the exit branch of the inner loop): then last first,
          // so that the label's condition is known at the jump.
          if (JumpsForward(cmd)) {
            for (auto b = cmd.branches.rbegin(); b != cmd.branches.rend(); ++b) {
              conj = Wp(**b, named) && conj;
            }
          } else {
            for (const auto& branch : cmd.branches) conj = conj && Wp(*branch, named);
          }
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
  // The labels defined in `b` and the labels its jumps leave to, at any depth.
  struct Jumps {
    std::set<uint32_t> labels, exits;
  };
  const Jumps& JumpsOf(const Block& b) {
    if (auto it = jumps_.find(&b); it != jumps_.end()) return it->second;
    Jumps j;
    for (const Cmd& cmd : b.cmds) {
      if (cmd.kind == Cmd::Label) j.labels.insert(cmd.assert_id);
      if (cmd.kind == Cmd::Exit) j.exits.insert(cmd.assert_id);
      for (const auto& branch : cmd.branches) {
        const Jumps& inner = JumpsOf(*branch);
        j.labels.insert(inner.labels.begin(), inner.labels.end());
        j.exits.insert(inner.exits.begin(), inner.exits.end());
      }
    }
    return jumps_.emplace(&b, std::move(j)).first->second;
  }

  // Whether a branch of `choice` jumps to a label that a later branch defines.
  bool JumpsForward(const Cmd& choice) {
    std::set<uint32_t> exits;
    for (const auto& branch : choice.branches) {
      const Jumps& j = JumpsOf(*branch);
      for (uint32_t label : j.labels) {
        if (exits.count(label)) return true;
      }
      exits.insert(j.exits.begin(), j.exits.end());
    }
    return false;
  }

  // A fresh boolean standing for `e`, unless `e` is small enough to copy.
  z3::expr Name(const z3::expr& e) {
    if (e.is_true() || e.is_false() || e.is_const()) return e;
    z3::expr k = c_.bool_const(fmt::format("wp#{}", definitions_.size()).c_str());
    definitions_.push_back(k == e);
    return k;
  }

  z3::context& c_;
  std::map<uint32_t, z3::expr> label_post_;
  std::map<const Block*, Jumps> jumps_;
};

}  // namespace

VerificationCondition GenerateVC(z3::context& c, const Task& task) {
  VcGen gen(c, task);
  z3::expr formula = gen.Wp(task.body, c.bool_val(true));
  return VerificationCondition{formula, std::move(gen.definitions_), std::move(gen.selectors_)};
}

}  // namespace dfy::vir
