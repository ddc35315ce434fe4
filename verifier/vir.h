// VIR: the verification IR. A task's body is a tree of passive commands (every variable is
// already an SSA incarnation, a Z3 constant): assume, assert and a nondeterministic choice
// between blocks. The weakest precondition of a VIR block is linear in its size (vcgen.h).
#pragma once

#include <z3++.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/source.h"

namespace dfy::vir {

enum class Obligation : uint8_t {
#define OBLIGATION(name, message, related, related_message) name,
#include "verifier/obligation_kinds.def"
};

const char* ObligationMessage(Obligation o);
const char* ObligationRelatedLocation(Obligation o);
const char* ObligationRelatedMessage(Obligation o);

// Where an assertion came from: its kind, the primary position, and the clause it checks.
struct AssertInfo {
  Obligation kind;
  SourceRange range;
  bool has_related = false;
  SourceRange related;
  std::string subject;   // the variable a definite-assignment message names
  std::string subject2;  // a second expression the message names
  // Dafny's "this proposition could not be proved": the conjunct of an inlined predicate's body
  // that failed, through each inlined call (outermost first).
  std::vector<SourceRange> propositions;
  // Among failures at one position: reported by `order`, then by message.
  int order = 0;
};

// A conjunct of the body of a predicate whose call is asserted (Dafny inlines such a call and
// checks each conjunct of its body): its term at the assertion, and where it is.
struct Proposition {
  z3::expr term;
  std::vector<SourceRange> chain;
};

struct Block;

struct Cmd {
  // Exit jumps to a Label that comes later in program order (break, continue): what follows
  // an Exit is not reached, and the Label's continuation is what must hold there.
  enum Kind : uint8_t { Assume, Assert, Choice, Exit, Label } kind;
  z3::expr expr;                                 // Assume / Assert
  uint32_t assert_id = 0;                        // Assert: index into Task::asserts; Exit, Label:
                                                 // the label
  std::vector<std::unique_ptr<Block>> branches;  // Choice
  // Assert: whether the condition is assumed after the check (Boogie's subsumption). Dafny's
  // well-formedness checks mostly are not ({:subsumption 0}), so each one is reported.
  bool subsume = true;
  // Assert with subsumption: what holds after it, when that is not `expr` itself (a predicate
  // call checked through its inlined body is assumed as the call, as Dafny's free split).
  std::optional<z3::expr> assumed = std::nullopt;
};

struct Block {
  std::vector<Cmd> cmds;
};

// One verification task, ready for the solver.
struct Task {
  std::string name;              // the declaration, for messages and dumps
  std::vector<z3::expr> axioms;  // background: function definitions and consequences
  Block body;
  std::vector<AssertInfo> asserts;
  // Where a failed postcondition is reported, as Dafny does: at the return point of the failing
  // path (the last statement on it when the body ends in a compound statement, the branch of a
  // function's body). `return_point_of` pairs a postcondition's assertion with a term whose
  // value, in a counterexample, is the return point k of its path: `return_points[k - 1]`
  // (other values: the assertion's own position).
  std::vector<SourceRange> return_points;
  std::vector<std::pair<uint32_t, z3::expr>> return_point_of;
  // The conjuncts of an asserted predicate call's body, when it has several: a failure is
  // reported once for each conjunct that may be false (as Dafny checks each one).
  std::vector<std::pair<uint32_t, std::vector<Proposition>>> propositions_of;
};

// A readable, deterministic rendering of a task (for --dump-vir).
std::string Dump(const Task& task);

}  // namespace dfy::vir
