// Dafny's precedence linter: "unusual indentation in ...; do you perhaps need parentheses?"
#pragma once

#include "common/context.h"
#include "frontend/ast.h"

namespace dfy {

// Warns where the layout of an operand of ==>, <== or <==>, an else branch, the body of a
// quantifier or let, or the last case of a match without braces reaches left of where the
// operand starts (lint_precedence.cpp). Run on the parsed program, before elaboration.
void LintPrecedence(const Program& program, Context& ctx);

}  // namespace dfy
