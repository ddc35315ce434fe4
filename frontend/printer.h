// The printer: untyped AST -> Dafny source text.
#pragma once

#include <string>

#include "frontend/ast.h"

namespace dfy {

enum class PrintStyle : uint8_t {
  // Dafny source that parses back to the same AST: parentheses only where the AST has a
  // ParenExpr or where precedence needs them, two-space indentation, one statement a line.
  Source,
  // A structural dump for tests: every compound expression is wrapped in parentheses and an
  // explicit ParenExpr shows as `(paren e)`, so two ASTs print alike only if their trees agree.
  // It is not meant to be parsed.
  Tree,
};

// Prints the whole program: the include directives, then the default module's declarations.
// Deterministic: the same AST always prints to the same text. Print(Parse(Print(ast))) ==
// Print(ast) for every AST the parser produces (the round-trip property checked by
// tools/roundtrip).
std::string PrintProgram(const Program& program, PrintStyle style = PrintStyle::Source);

// Prints one expression, statement or type (for diagnostics and tests).
std::string PrintExpr(const Expr* e, PrintStyle style = PrintStyle::Source);
std::string PrintStatement(const Stmt* s, PrintStyle style = PrintStyle::Source);
std::string PrintType(const TypeExpr* t);

}  // namespace dfy
