// The lexer: Dafny source text -> TokenBuffer.
#pragma once

#include "common/context.h"
#include "frontend/token.h"

namespace dfy {

// Splits the file into tokens. Comments and white space are dropped. Malformed tokens are
// reported as LexError and returned as Invalid tokens so the parser can recover.
TokenBuffer Lex(const SourceFile& file, FileId id, Diagnostics& diags);

}  // namespace dfy
