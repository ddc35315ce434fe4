// The parser: TokenBuffer -> AST declarations added to a Program.
#pragma once

#include "common/context.h"
#include "frontend/ast.h"
#include "frontend/token.h"

namespace dfy {

// Parses one file's tokens into `program` (its top-level declarations join the default module).
// Syntax errors are reported to `diags` with one diagnostic per mistake; the parser recovers at
// the next statement or declaration boundary.
// `function_syntax_3`: accept Dafny 3's `function method` and `predicate method`.
// `general_traits`: which declarations may have an `extends` clause (Dafny's --general-traits).
void Parse(const TokenBuffer& tokens, Program& program, Diagnostics& diags,
           bool function_syntax_3 = false, GeneralTraits general_traits = GeneralTraits::Legacy);

// Lexes and parses every file of `ctx.sources` into one Program.
std::unique_ptr<Program> ParseAll(Context& ctx);

}  // namespace dfy
